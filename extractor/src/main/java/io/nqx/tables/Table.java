package io.nqx.tables;

import io.nqx.ingest.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A table of a document as a grid: its cells (merged ones covering several grid places), how many of its
 * top rows are header rows, and where it stands in the text. Immutable.
 */
public final class Table {
  /** Where a table's structure came from. */
  public enum Layout {
    /** The format's own markup: HTML, DOCX, DOC, ODT, RTF tables. */
    MARKUP("markup"),
    /** Markdown pipe rows, one row per line: "| TT | Chỉ tiêu | Đơn vị |". */
    PIPES("pipes"),
    /** One cell per line (or several), cells between lines holding a lone "|", as crawled pages show tables. */
    CELL_LINES("cell_lines");

    private final String id;

    Layout(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  private final int number;
  private final Layout layout;
  private final Range range;
  private final int rowCount;
  private final int columnCount;
  private final int headerRows;
  private final List<Cell> cells;
  /** Index into {@link #cells} of the cell covering each grid place, -1 where none does. */
  private final int[][] grid;

  /**
   * @param number the table's 1-based number in the document
   * @param cells every cell, each placed in a grid of {@code rowCount} rows and {@code columnCount} columns
   * @param headerRows how many top rows are the header (0 when the table has none)
   */
  public Table(int number, Layout layout, Range range, int rowCount, int columnCount, int headerRows,
      List<Cell> cells) {
    this.number = number;
    this.layout = layout;
    this.range = range;
    this.rowCount = rowCount;
    this.columnCount = columnCount;
    this.headerRows = Math.min(headerRows, rowCount);
    this.cells = List.copyOf(cells);
    this.grid = new int[rowCount][columnCount];
    for (int[] row : grid) {
      Arrays.fill(row, -1);
    }
    for (int i = 0; i < this.cells.size(); i++) {
      Cell c = this.cells.get(i);
      for (int r = c.row(); r < Math.min(rowCount, c.row() + c.rowSpan()); r++) {
        for (int k = c.column(); k < Math.min(columnCount, c.column() + c.colSpan()); k++) {
          if (grid[r][k] < 0) {
            grid[r][k] = i;
          }
        }
      }
    }
  }

  public int number() {
    return number;
  }

  public Layout layout() {
    return layout;
  }

  /** From the table's first cell to its last, in the normalized text. */
  public Range range() {
    return range;
  }

  public int rowCount() {
    return rowCount;
  }

  public int columnCount() {
    return columnCount;
  }

  public int headerRows() {
    return headerRows;
  }

  /** Every cell, row by row, left to right. */
  public List<Cell> cells() {
    return cells;
  }

  /** The cell covering a grid place (a merged cell covers several), if any. */
  public Optional<Cell> at(int row, int column) {
    if (row < 0 || row >= rowCount || column < 0 || column >= columnCount || grid[row][column] < 0) {
      return Optional.empty();
    }
    return Optional.of(cells.get(grid[row][column]));
  }

  /** The text at a grid place ("" where no cell or an empty one stands). */
  public String text(int row, int column) {
    return at(row, column).map(Cell::text).orElse("");
  }

  /** The cells that start in a row, left to right. */
  public List<Cell> row(int row) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : cells) {
      if (c.row() == row) {
        out.add(c);
      }
    }
    return out;
  }

  /** The cell whose text holds a normalized offset, if any. */
  public Optional<Cell> cellAt(int offset) {
    for (Cell c : cells) {
      if (c.range().start() <= offset && offset < c.range().end()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * The header words over a column, top to bottom, each distinct text once: "Kết quả / Năm 2025" for the
   * column under a merged "Kết quả" and its "Năm 2025".
   */
  public String header(int column) {
    List<String> parts = new ArrayList<>();
    for (int r = 0; r < headerRows; r++) {
      String t = text(r, column);
      if (!t.isEmpty() && !parts.contains(t)) {
        parts.add(t);
      }
    }
    return String.join(" / ", parts);
  }

  @Override
  public String toString() {
    return "Table " + number + " (" + rowCount + "x" + columnCount + ", " + layout.id() + ")";
  }
}
