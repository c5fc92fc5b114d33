package io.nqx.targets;

import java.text.Normalizer;

/**
 * The key a word is matched by: lower case, no marks, đ as d, y as i, superscripts as digits. Variant
 * spellings meet on it: "Tỉ"/"Tỷ", "hoá"/"hóa", "bác sỹ"/"bác sĩ", "khoẻ"/"khỏe", "m²"/"m2", and OCR slips
 * that only lose or swap a mark ("được sĩ" for "dược sĩ").
 */
final class MatchKey {
  private MatchKey() {}

  static String of(CharSequence word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      c = Character.toLowerCase(c);
      if (c == 'y') {
        c = 'i';
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
