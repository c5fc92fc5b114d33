package io.nqx.sections;

/**
 * The numbering styles of Vietnamese administrative documents. Major styles nest by a fixed order (a
 * "Phần" holds lettered parts, which hold Roman sections, which hold Arabic ones, deeper the more dotted
 * components the number has); minor styles ("(1)", "1)", "a)") nest below them in the order a document
 * first uses them.
 */
enum LabelStyle {
  /** "Phần I", "PHẦN THỨ NHẤT". */
  PART(0),
  /** "A.", "B." as in older resolutions. */
  UPPER_LETTER(1),
  /** "I.", "II-", "IV- ". */
  ROMAN(2),
  /** "Điều 1." (an article of a decision): on a level with Roman sections. */
  ARTICLE(2),
  /** "1.", "2.1.", "3.5.1": rank grows with the number of components. */
  ARABIC(3),
  /** "(1)". */
  PAREN_NUMBER(-1),
  /** "1)". */
  NUMBER_PAREN(-1),
  /** "a)", "b.", "đ)". */
  LOWER_LETTER(-1);

  private final int rank;

  LabelStyle(int rank) {
    this.rank = rank;
  }

  boolean isMajor() {
    return rank >= 0;
  }

  /** The nesting rank of a label of this style with {@code depth} components (only ARABIC uses the depth). */
  int rank(int depth) {
    return this == ARABIC ? rank + depth - 1 : rank;
  }
}
