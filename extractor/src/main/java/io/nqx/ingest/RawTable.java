package io.nqx.ingest;

import java.util.List;

/**
 * A table as a format's markup gave it, before normalization: its rows of cells, each cell the raw text
 * offsets of its content and the spans the markup said (or that it said nothing of them).
 *
 * @param rows the rows in order, each its cells in order
 */
record RawTable(List<List<Cell>> rows) {
  RawTable {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell: {@code [start, end)} in the raw text; spans of 1 unless the markup says otherwise.
   *
   * @param spansKnown whether the format states spans at all (ODT and HTML do; Word files read through
   *     Tika do not, and merged cells come as fewer or empty cells)
   */
  record Cell(int start, int end, int colSpan, int rowSpan, boolean header, boolean spansKnown) {}
}
