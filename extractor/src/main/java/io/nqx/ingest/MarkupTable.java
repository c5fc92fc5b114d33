package io.nqx.ingest;

import java.util.List;

/**
 * A table the document's markup defines (HTML, Word, OpenDocument, RTF), its cells placed in the normalized
 * text: the raw material of the tables layer, which adds the grid and what the columns mean.
 *
 * @param rows the rows in order, each its cells in order
 */
public record MarkupTable(List<List<Cell>> rows) {
  public MarkupTable {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell.
   *
   * @param range where its text stands in the normalized text (empty for an empty cell, placed where it is)
   * @param colSpan how many columns it covers (1 when the markup says nothing)
   * @param rowSpan how many rows it covers (1 when the markup says nothing)
   * @param header whether the markup made it a header cell
   * @param spansKnown whether the format states spans; when it does not, merged cells come as fewer cells
   *     or empty ones, and the grid infers them
   */
  public record Cell(Range range, int colSpan, int rowSpan, boolean header, boolean spansKnown) {}
}
