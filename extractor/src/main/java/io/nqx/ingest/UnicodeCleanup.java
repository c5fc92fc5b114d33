package io.nqx.ingest;

import io.nqx.text.Chars;
import java.text.Normalizer;

/**
 * Unicode-level cleanup of one line: NFC composition (Word on macOS, Windows-1258 and some web pages give
 * decomposed Vietnamese, where "ế" is e + U+0302 + U+0301), every kind of space to a plain space, invisible
 * characters removed, runs of spaces collapsed and the line trimmed. Pure functions.
 */
final class UnicodeCleanup {
  private UnicodeCleanup() {}

  /** Composes the line to NFC, mapping each composed character to the start of the sequence it came from. */
  static MappedLine nfc(MappedLine in) {
    if (io.nqx.text.Spelling.composed(in) || Normalizer.isNormalized(in, Normalizer.Form.NFC)) {
      return in;
    }
    MappedLine out = in.derived(in.length());
    int n = in.length();
    int i = 0;
    while (i < n) {
      int j = i + 1;
      if (Character.isHighSurrogate(in.charAt(i)) && j < n && Character.isLowSurrogate(in.charAt(j))) {
        j++;
      }
      while (j < n && isCombining(in.charAt(j))) {
        j++;
      }
      if (j - i == 1) {
        out.append(in.charAt(i), in.sourceAt(i), in.boldAt(i));
      } else {
        String composed = Normalizer.normalize(in.subSequence(i, j), Normalizer.Form.NFC);
        for (int k = 0; k < composed.length(); k++) {
          out.append(composed.charAt(k), in.sourceAt(Math.min(i + k, j - 1)), in.boldAt(i));
        }
      }
      i = j;
    }
    return out;
  }

  private static boolean isCombining(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Turns NBSP, tabs and every other space character into one plain space, drops invisible characters
   * (zero-width spaces and joiners, BOM, soft hyphen, control characters), collapses runs of spaces and
   * trims both ends.
   */
  static MappedLine spaces(MappedLine in) {
    if (isClean(in)) {
      return in; // most lines: copying them unchanged was a third of normalization
    }
    MappedLine out = in.derived(in.length());
    boolean pendingSpace = false;
    int pendingSrc = 0;
    boolean pendingBold = false;
    for (int i = 0; i < in.length(); i++) {
      char c = in.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (!pendingSpace && !out.isEmpty()) {
          pendingSpace = true;
          pendingSrc = in.sourceAt(i);
          pendingBold = in.boldAt(i);
        }
        continue;
      }
      if (pendingSpace) {
        out.append(' ', pendingSrc, pendingBold && in.boldAt(i));
        pendingSpace = false;
      }
      out.append(c, in.sourceAt(i), in.boldAt(i));
    }
    return out;
  }

  /**
   * Whether {@link #spaces} would give the line back unchanged: no invisible character, no space but single
   * plain ones between two other characters, and no bold space before a character that is not bold (the
   * space would lose its bold).
   */
  private static boolean isClean(MappedLine in) {
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || in.charAt(i - 1) == ' ' || (in.boldAt(i) && !in.boldAt(i + 1))) {
          return false;
        }
      } else if (c < ' ' || (c >= 0x7F && (isInvisible(c) || isSpace(c)))) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x7F || Chars.isLatinWithMarks(c)) {
      return false; // printable ASCII and Vietnamese's letters, most of any text: no table lookup
    }
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    if (c >= ' ' && c < 0x7F || Chars.isLatinWithMarks(c)) {
      return false;
    }
    switch (c) {
      case '\u200B': // zero-width space
      case '\u200C': // zero-width non-joiner
      case '\u200D': // zero-width joiner
      case '\u2060': // word joiner
      case '\uFEFF': // BOM / zero-width no-break space
      case '\u00AD': // soft hyphen
        return true;
      default:
        return Character.getType(c) == Character.CONTROL && !isSpace(c);
    }
  }
}
