package io.nqx.ingest;

/**
 * A place in what the user sees: 1-based line and column. For .txt and .md these are the file's own lines;
 * for other formats they are the lines of the text the format's parser extracted (one paragraph, table row
 * or PDF line each), which is also what {@code nqx text --raw} prints.
 */
public record SourcePosition(int line, int column) {
  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
