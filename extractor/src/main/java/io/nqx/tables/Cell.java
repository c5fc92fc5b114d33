package io.nqx.tables;

import io.nqx.ingest.Range;

/**
 * One cell of a {@link Table}: where it stands in the grid, how many rows and columns it covers, and where its
 * text stands in the normalized text.
 *
 * @param row the 0-based grid row it starts in
 * @param column the 0-based grid column it starts in
 * @param rowSpan how many rows it covers (1 unless merged)
 * @param colSpan how many columns it covers (1 unless merged)
 * @param range its text in the normalized text (empty, placed where the cell stands, for an empty cell)
 * @param text its text with every run of white space (line breaks too) made one space
 */
public record Cell(int row, int column, int rowSpan, int colSpan, Range range, String text) {
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Whether the cell covers a grid column. */
  public boolean covers(int gridColumn) {
    return gridColumn >= column && gridColumn < column + colSpan;
  }
}
