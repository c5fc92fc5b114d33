package io.nqx.ingest;

import java.util.Arrays;

/**
 * Maps every character of the normalized text back to the place in the extracted source text it came from.
 *
 * <p>Normalization mostly copies runs of characters unchanged, so the map is stored as runs (segments) in
 * which the source offset grows with the normalized offset, not as one int per character: a 200 MB input
 * costs a few segments per line, not 800 MB.
 */
public final class PositionMap {
  private final int[] outStarts;
  private final int[] srcStarts;
  private final int segments;
  private final int[] lineStarts;
  private final int textLength;

  private PositionMap(int[] outStarts, int[] srcStarts, int segments, int[] lineStarts, int textLength) {
    this.outStarts = outStarts;
    this.srcStarts = srcStarts;
    this.segments = segments;
    this.lineStarts = lineStarts;
    this.textLength = textLength;
  }

  /** Offset in the extracted source text of the normalized character at {@code offset}. */
  public int sourceOffset(int offset) {
    if (offset < 0 || offset > textLength) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + textLength + "]");
    }
    if (segments == 0) {
      return 0;
    }
    int i = Arrays.binarySearch(outStarts, 0, segments, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return srcStarts[i] + (offset - outStarts[i]);
  }

  /**
   * The first normalized offset whose character comes from {@code source} or later in the extracted source
   * text: where a span of the source (a table cell) begins in the normalized text. Normalization keeps the
   * order of what it keeps, so the map can be read backwards; the text's length when nothing comes later.
   */
  public int normalizedOffset(int source) {
    int lo = 0;
    int hi = segments - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (srcStarts[mid] <= source) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return segments == 0 ? 0 : outStarts[0];
    }
    int segmentEnd = found + 1 < segments ? outStarts[found + 1] : textLength;
    int offset = outStarts[found] + (source - srcStarts[found]);
    return offset < segmentEnd ? offset : segmentEnd;
  }

  /** Line and column in the source of the normalized character at {@code offset}. */
  public SourcePosition position(int offset) {
    int src = sourceOffset(offset);
    int line = Arrays.binarySearch(lineStarts, src);
    if (line < 0) {
      line = -line - 2;
    }
    return new SourcePosition(line + 1, src - lineStarts[line] + 1);
  }

  /** Number of lines in the extracted source text. */
  public int sourceLineCount() {
    return lineStarts.length;
  }

  int segmentCount() {
    return segments;
  }

  /** Collects the map while the normalized text is written, one character (or run) at a time. */
  static final class Builder {
    private int[] outStarts = new int[64];
    private int[] srcStarts = new int[64];
    private int segments;
    private int length;
    private int lastSrc = Integer.MIN_VALUE;

    /** Records that the next normalized character comes from source offset {@code src}. */
    void append(int src) {
      if (segments == 0 || src != lastSrc + 1) {
        if (segments == outStarts.length) {
          outStarts = Arrays.copyOf(outStarts, segments * 2);
          srcStarts = Arrays.copyOf(srcStarts, segments * 2);
        }
        outStarts[segments] = length;
        srcStarts[segments] = src;
        segments++;
      }
      lastSrc = src;
      length++;
    }

    int length() {
      return length;
    }

    PositionMap build(int[] sourceLineStarts) {
      return new PositionMap(outStarts, srcStarts, segments, sourceLineStarts, length);
    }
  }
}
