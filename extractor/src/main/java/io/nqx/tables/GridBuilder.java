package io.nqx.tables;

import io.nqx.ingest.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Places a table's cells, as a reader found them row by row, in a grid: the HTML table model (a cell takes the
 * first free place of its row, and a merged cell keeps the places it covers in the rows below from later
 * cells). Where the source does not state spans, infers the ones a header and its group rows must have. Then
 * decides how many top rows are the header.
 */
final class GridBuilder {
  private GridBuilder() {}

  /**
   * A cell as a reader found it.
   *
   * @param spansKnown whether the source states spans; when not, a header row with fewer cells than the grid
   *     has merged cells, and an empty header cell continues the one above
   */
  record Proto(Range range, int colSpan, int rowSpan, boolean header, boolean spansKnown) {
    static Proto plain(Range range) {
      return new Proto(range, 1, 1, false, false);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** A row that numbers the columns: "1 | 2 | 3", "(1) | (2)", "A | B | C". */
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?(?:\\d{1,2}|[A-Z])\\)?(?:\\s*=.*)?");

  /**
   * The table of rows of cells, or null when they make no table (fewer than two rows or two columns).
   *
   * @param headerHint how many top rows the source marks as header (a Markdown rule line after them), or -1
   */
  static Table build(int number, Table.Layout layout, String text, List<List<Proto>> rows, int headerHint) {
    List<List<Proto>> kept = new ArrayList<>();
    for (List<Proto> row : rows) {
      if (!row.isEmpty()) {
        kept.add(row);
      }
    }
    if (kept.size() < 2) {
      return null;
    }
    int width = 0;
    for (List<Proto> row : kept) {
      int w = 0;
      for (Proto p : row) {
        w += p.colSpan();
      }
      width = Math.max(width, w);
    }
    if (width < 2) {
      return null;
    }
    kept = inferSpans(text, kept, width);
    List<Cell> cells = new ArrayList<>();
    int rowCount = kept.size();
    boolean[][] taken = new boolean[rowCount][];
    for (int r = 0; r < rowCount; r++) {
      taken[r] = new boolean[width];
    }
    for (int r = 0; r < rowCount; r++) {
      int col = 0;
      for (Proto p : kept.get(r)) {
        while (col < width && taken[r][col]) {
          col++;
        }
        if (col >= width) {
          break; // a row with more cells than the grid has room for: the rest are the source's debris
        }
        int colSpan = Math.min(p.colSpan(), width - col);
        int rowSpan = Math.min(p.rowSpan(), rowCount - r);
        for (int rr = r; rr < r + rowSpan; rr++) {
          for (int cc = col; cc < col + colSpan; cc++) {
            taken[rr][cc] = true;
          }
        }
        cells.add(new Cell(r, col, rowSpan, colSpan, p.range(), oneLine(text, p.range())));
        col += colSpan;
      }
    }
    Range range = new Range(cells.get(0).range().start(),
        cells.stream().mapToInt(c -> c.range().end()).max().orElse(cells.get(0).range().end()));
    Table grid = new Table(number, layout, range, rowCount, width, 0, cells);
    return new Table(number, layout, range, rowCount, width, headerRows(grid, kept, headerHint), cells);
  }

  /** A cell's text with each run of white space one space. */
  static String oneLine(String text, Range range) {
    return text.substring(range.start(), range.end()).replaceAll("\\s+", " ").strip();
  }

  /**
   * The spans a source that states none must have had: a row with fewer cells than the grid under a header
   * row whose cells the next row splits ("Kết quả" over "Năm 2025 | Năm 2030"), and a group row of two
   * cells ("I | Chỉ tiêu về kinh tế số"), whose last cell runs to the grid's edge.
   */
  private static List<List<Proto>> inferSpans(String text, List<List<Proto>> rows, int width) {
    List<List<Proto>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Proto> row = rows.get(r);
      if (row.stream().allMatch(Proto::spansKnown) || row.size() >= width) {
        out.add(row);
        continue;
      }
      List<Proto> next = r + 1 < rows.size() ? rows.get(r + 1) : List.of();
      List<Proto> split = splitOver(text, row, next, width);
      if (split != null) {
        out.add(split);
        continue;
      }
      // The last cell covers what the row leaves: a group row's title.
      List<Proto> widened = new ArrayList<>(row);
      int used = 0;
      for (Proto p : row) {
        used += p.colSpan();
      }
      Proto last = widened.remove(widened.size() - 1);
      widened.add(new Proto(last.range(), last.colSpan() + width - used, last.rowSpan(), last.header(), true));
      out.add(widened);
    }
    return removeHeaderContinuations(text, out);
  }

  /**
   * A row over a full-width row whose empty cells continue the upper cells and whose filled runs split one upper
   * cell each: each upper cell spans down over an empty place, across over a run. Null when the counts disagree.
   */
  private static List<Proto> splitOver(String text, List<Proto> row, List<Proto> next, int width) {
    if (next.size() != width) {
      return null;
    }
    List<int[]> groups = new ArrayList<>(); // {colSpan, rowSpan}
    int i = 0;
    while (i < width) {
      if (empty(text, next.get(i))) {
        groups.add(new int[] {1, 2});
        i++;
      } else {
        int j = i;
        while (j < width && !empty(text, next.get(j))) {
          j++;
        }
        groups.add(new int[] {j - i, 1});
        i = j;
      }
    }
    if (groups.size() != row.size() || groups.stream().noneMatch(g -> g[0] > 1)) {
      return null;
    }
    List<Proto> out = new ArrayList<>();
    for (int k = 0; k < row.size(); k++) {
      Proto p = row.get(k);
      out.add(new Proto(p.range(), groups.get(k)[0], groups.get(k)[1], p.header(), true));
    }
    return out;
  }

  /** Empty places a downward span now covers are no cells of their own. */
  private static List<List<Proto>> removeHeaderContinuations(String text, List<List<Proto>> rows) {
    List<List<Proto>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (r == 0) {
        out.add(rows.get(r));
        continue;
      }
      // Grid columns of the row above covered by a cell spanning down into this row.
      List<Proto> above = out.get(r - 1);
      boolean spansDown = above.stream().anyMatch(p -> p.rowSpan() > 1);
      List<Proto> row = rows.get(r);
      if (!spansDown || row.stream().allMatch(Proto::spansKnown)) {
        out.add(row);
        continue;
      }
      List<Proto> kept = new ArrayList<>();
      int col = 0;
      int aboveCol = 0;
      int[] coveredBy = new int[1000];
      for (Proto p : above) {
        for (int c = aboveCol; c < aboveCol + p.colSpan() && c < coveredBy.length; c++) {
          coveredBy[c] = p.rowSpan();
        }
        aboveCol += p.colSpan();
      }
      for (Proto p : row) {
        if (col < coveredBy.length && coveredBy[col] > 1 && empty(text, p)) {
          col += 1; // the empty continuation of the cell above
          continue;
        }
        kept.add(p);
        col += p.colSpan();
      }
      out.add(kept);
    }
    return out;
  }

  private static boolean empty(String text, Proto p) {
    return p.range().start() >= p.range().end() || text.substring(p.range().start(), p.range().end()).isBlank();
  }

  /**
   * How many top rows are the header: those the source marks; else the first row when it reads as column
   * names (words, no figure but years), with the rows its merged cells reach down into, and a row that
   * numbers the columns right after.
   */
  private static int headerRows(Table t, List<List<Proto>> rows, int hint) {
    int marked = 0;
    while (marked < rows.size() && rows.get(marked).stream().allMatch(Proto::header)) {
      marked++;
    }
    int header;
    if (hint > 0) {
      header = hint;
    } else if (marked > 0) {
      header = marked;
    } else if (namesColumns(t, 0)) {
      header = 1;
    } else {
      return 0;
    }
    // Rows the header's merged cells reach down into.
    boolean grown = true;
    while (grown) {
      grown = false;
      for (Cell c : t.cells()) {
        if (c.row() < header && c.row() + c.rowSpan() > header) {
          header = c.row() + c.rowSpan();
          grown = true;
        }
      }
    }
    if (header < t.rowCount() && numbersColumns(t, header)) {
      header++;
    }
    return Math.min(header, t.rowCount() - 1);
  }

  /** Whether a row holds column names: two or more filled cells, and no figure in them but years. */
  private static boolean namesColumns(Table t, int row) {
    int filled = 0;
    for (Cell c : t.row(row)) {
      if (c.isEmpty()) {
        continue;
      }
      filled++;
      if (DIGIT.matcher(YEAR.matcher(c.text()).replaceAll("")).find()) {
        return false;
      }
    }
    return filled >= 2;
  }

  private static boolean numbersColumns(Table t, int row) {
    List<Cell> cells = t.row(row);
    return cells.size() >= 2 && cells.stream().allMatch(c -> COLUMN_NUMBER.matcher(c.text()).matches());
  }
}
