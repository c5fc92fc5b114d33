package io.nqx.text;

/**
 * Character classes asked of every char of a document, answered without Unicode's tables for the chars that
 * make up nearly all Vietnamese text: printable ASCII, and the Latin letters with marks (U+00C0-U+024F, but for
 * × and ÷, and Latin Extended Additional, U+1E00-U+1EFF, where the toned vowels are). Each answer equals
 * {@link Character}'s for every char (CharsTest checks all of them); under the C1 compiler, which a batch runs
 * on, each table lookup was a call chain of its own (by JFR, a few percent of a batch for each use).
 */
public final class Chars {
  private Chars() {}

  /** A letter with marks of Latin-1 Supplement, Latin Extended-A or -B, or Latin Extended Additional. */
  public static boolean isLatinWithMarks(char c) {
    return c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7 || c >= 0x1E00 && c <= 0x1EFF;
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return isLatinWithMarks(c) || Character.isLetter(c);
  }

  /** {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}: any kind of space, tab or line break. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F || isLatinWithMarks(c)) {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@link Character#isUpperCase(char)}. */
  public static boolean isUpperCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c);
  }
}
