package io.nqx.ingest;

import java.util.Arrays;

/**
 * A line being normalized: its characters, for each the source offset it came from, and for each whether it
 * was bold. Every normalization step reads one and writes a new one, so offsets and hints travel with the
 * characters and no step has to fix up positions computed by another.
 */
final class MappedLine implements CharSequence {
  private char[] chars;
  private int[] src;
  private boolean[] bold;
  private int length;
  /** Markdown or HTML heading level of the line, 0 if none. */
  int headingLevel;
  /** Whether a bold run opened on this line is still open at its end. */
  boolean boldOpen;
  /** Whether the line ends with a Markdown hard break (two spaces or a backslash): the author broke it. */
  boolean hardBreak;

  MappedLine(int capacity) {
    chars = new char[Math.max(capacity, 8)];
    src = new int[chars.length];
    bold = new boolean[chars.length];
  }

  /** A line copied from {@code text[from, to)}, each character mapped to its own offset. */
  static MappedLine of(String text, int from, int to) {
    MappedLine line = new MappedLine(to - from);
    for (int i = from; i < to; i++) {
      line.append(text.charAt(i), i, false);
    }
    return line;
  }

  void append(char c, int source, boolean isBold) {
    if (length == chars.length) {
      int n = length * 2;
      chars = Arrays.copyOf(chars, n);
      src = Arrays.copyOf(src, n);
      bold = Arrays.copyOf(bold, n);
    }
    chars[length] = c;
    src[length] = source;
    bold[length] = isBold;
    length++;
  }

  /** Appends {@code other[from, to)} with its offsets and hints. */
  void append(MappedLine other, int from, int to) {
    for (int i = from; i < to; i++) {
      append(other.chars[i], other.src[i], other.bold[i]);
    }
  }

  /** Appends the characters to {@code sb} at once (the normalized text is built from every line). */
  void appendTo(StringBuilder sb) {
    sb.append(chars, 0, length);
  }

  /** Whether any character is bold: most lines have no bold range to compute. */
  boolean anyBold() {
    for (int i = 0; i < length; i++) {
      if (bold[i]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int i) {
    return chars[i];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return new String(chars, start, end - start);
  }

  int sourceAt(int i) {
    return src[i];
  }

  boolean boldAt(int i) {
    return bold[i];
  }

  @Override
  public boolean isEmpty() {
    return length == 0;
  }

  void clear() {
    length = 0;
  }

  /** A new line with the same line-level hints and room for {@code capacity} characters. */
  MappedLine derived(int capacity) {
    MappedLine out = new MappedLine(capacity);
    out.headingLevel = headingLevel;
    out.boldOpen = boldOpen;
    out.hardBreak = hardBreak;
    return out;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
