package io.nqx.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A table as a word processor's file lays it out: each cell by its left and right edge (grid columns in
 * DOCX, twips in RTF and DOC) and whether it starts or continues a vertical merge. From the edges follow
 * the column spans (a cell whose edges skip another row's edges spans those columns), from the merge flags
 * the row spans. Tika's Word parsers give the cells' text but none of this, so it is read from the file.
 *
 * @param rows the rows in order, each its cells left to right, continuation cells included
 */
record CellGrid(List<List<Cell>> rows) {
  CellGrid {
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell of the file.
   *
   * @param vFirst whether it starts a vertical merge
   * @param vContinues whether it continues the vertical merge of the cell above (its text is the upper one's)
   * @param hContinues whether it continues a horizontal merge (RTF's {@code \clmrg}: the cell to its left
   *     covers it)
   */
  record Cell(int left, int right, boolean vFirst, boolean vContinues, boolean hContinues) {}

  /** What the grid says of one cell, in the file's cell order. */
  record Span(int colSpan, int rowSpan, boolean covered) {}

  /** Per row, per cell of the file: its spans, or that another cell covers it. */
  List<List<Span>> spans() {
    TreeSet<Integer> edges = new TreeSet<>();
    for (List<Cell> row : rows) {
      for (Cell c : row) {
        edges.add(c.left());
        edges.add(c.right());
      }
    }
    List<Integer> grid = new ArrayList<>(edges);
    List<List<Span>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      List<Span> spans = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        if (c.vContinues() || c.hContinues()) {
          spans.add(new Span(1, 1, true));
          continue;
        }
        int right = c.right();
        for (int j = i + 1; j < row.size() && row.get(j).hContinues(); j++) {
          right = row.get(j).right(); // RTF's horizontal merge: the first cell reaches the last one's edge
        }
        int colSpan = Math.max(1, grid.indexOf(right) - grid.indexOf(c.left()));
        int rowSpan = c.vFirst() ? 1 + continuations(r, c.left()) : 1;
        spans.add(new Span(colSpan, rowSpan, false));
      }
      out.add(spans);
    }
    return out;
  }

  /** How many rows after {@code row} continue the vertical merge of the cell whose left edge is {@code left}. */
  private int continuations(int row, int left) {
    int n = 0;
    for (int r = row + 1; r < rows.size(); r++) {
      boolean continued = rows.get(r).stream().anyMatch(c -> c.left() == left && c.vContinues());
      if (!continued) {
        break;
      }
      n++;
    }
    return n;
  }

  /**
   * The tables Tika gave with the spans of the grids read from the file, table by table and cell by cell.
   * A table whose rows or cells do not match its grid one to one keeps what Tika gave (spans unknown):
   * structure from the file is a help, and a mismatch means the two readers saw different tables.
   */
  static RawText overlay(RawText raw, List<CellGrid> grids) {
    if (raw.tables().size() != grids.size()) {
      return raw;
    }
    List<RawTable> tables = new ArrayList<>();
    for (int t = 0; t < grids.size(); t++) {
      tables.add(overlay(raw.tables().get(t), grids.get(t)));
    }
    return new RawText(raw.text(), raw.pageStartLines(), raw.softBreaks(), tables);
  }

  private static RawTable overlay(RawTable table, CellGrid grid) {
    List<List<Span>> spans = grid.spans();
    if (spans.size() != table.rows().size()) {
      return table;
    }
    for (int r = 0; r < spans.size(); r++) {
      if (spans.get(r).size() != table.rows().get(r).size()) {
        return table;
      }
    }
    List<List<RawTable.Cell>> rows = new ArrayList<>();
    for (int r = 0; r < spans.size(); r++) {
      List<RawTable.Cell> cells = new ArrayList<>();
      for (int i = 0; i < spans.get(r).size(); i++) {
        Span s = spans.get(r).get(i);
        RawTable.Cell c = table.rows().get(r).get(i);
        if (!s.covered()) {
          cells.add(new RawTable.Cell(c.start(), c.end(), s.colSpan(), s.rowSpan(), c.header(), true));
        }
      }
      rows.add(cells);
    }
    return new RawTable(rows);
  }
}
