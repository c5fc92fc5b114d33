package io.nqx.ingest;

/** A half-open range {@code [start, end)} of character offsets in the normalized text. */
public record Range(int start, int end) {
  public Range {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
