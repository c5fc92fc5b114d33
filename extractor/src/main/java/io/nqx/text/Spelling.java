package io.nqx.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One spelling for the variants Vietnamese writers use for the same word, keeping every mark that tells words
 * apart: lower case, NFC, "y" as "i" ("tỷ lệ" and "tỉ lệ", "sỹ" and "sĩ" meet), and the tone of "oa", "oe",
 * "uy" at a syllable's end on the first vowel ("hoá" is "hóa", "khoẻ" is "khỏe", "thuỷ" is "thủi"). Unlike
 * {@link Fold}, "đạt" and "đất", "giá" and "gia", "lương" and "lượng" stay different words.
 */
public final class Spelling {
  private Spelling() {}

  private static final String Y_FAMILY = "yýỳỷỹỵ";
  private static final String I_FAMILY = "iíìỉĩị";
  private static final String TONED_A = "áàảãạ";
  private static final String TONED_E = "éèẻẽẹ";
  private static final String TONED_I = "íìỉĩị";
  private static final String TONED_O = "óòỏõọ";
  private static final String TONED_U = "úùủũụ";

  public static String canonical(CharSequence text) {
    String nfc = (composed(text) ? text.toString() : Normalizer.normalize(text, Normalizer.Form.NFC))
        .toLowerCase(Locale.ROOT);
    char[] c = nfc.toCharArray();
    for (int i = 0; i < c.length; i++) {
      int y = Y_FAMILY.indexOf(c[i]);
      if (y >= 0) {
        c[i] = I_FAMILY.charAt(y);
      }
      if (Chars.isSpace(c[i])) {
        c[i] = ' ';
      }
    }
    for (int i = 1; i < c.length; i++) {
      boolean syllableEnd = i + 1 == c.length || !Chars.isLetter(c[i + 1]);
      if (!syllableEnd) {
        continue;
      }
      int tone;
      if (c[i - 1] == 'o' && (tone = TONED_A.indexOf(c[i])) >= 0) {
        c[i - 1] = TONED_O.charAt(tone);
        c[i] = 'a';
      } else if (c[i - 1] == 'o' && (tone = TONED_E.indexOf(c[i])) >= 0) {
        c[i - 1] = TONED_O.charAt(tone);
        c[i] = 'e';
      } else if (c[i - 1] == 'u' && (tone = TONED_I.indexOf(c[i])) >= 0) {
        c[i - 1] = TONED_U.charAt(tone);
        c[i] = 'i';
      }
    }
    return new String(c);
  }

  /**
   * Whether the text is NFC without normalizing it: every char below the combining marks (U+0300) or in Latin
   * Extended Additional (U+1E00-U+1EFF, Vietnamese's toned letters). Every such char, and every pair of them,
   * is NFC (checked over all of them); the normalizer was a visible share of the targets stage.
   */
  public static boolean composed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF)) {
        return false;
      }
    }
    return true;
  }
}
