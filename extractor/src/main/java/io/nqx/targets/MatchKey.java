package io.nqx.targets;

import io.nqx.text.Fold;

/**
 * The key a word is matched by: its {@link Fold folded} form, with y as i and no inner spaces. Variant
 * spellings meet on it: "Tỉ"/"Tỷ", "hoá"/"hóa", "bác sỹ"/"bác sĩ", "khoẻ"/"khỏe", "m²"/"m2", and OCR slips
 * that only lose or swap a mark ("được sĩ" for "dược sĩ").
 */
final class MatchKey {
  private MatchKey() {}

  static String of(CharSequence word) {
    return Fold.fold(word).replace(" ", "").replace('y', 'i');
  }
}
