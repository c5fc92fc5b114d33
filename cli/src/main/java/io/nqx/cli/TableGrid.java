package io.nqx.cli;

import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.tables.Cell;
import io.nqx.tables.Table;
import java.util.List;

/**
 * A table drawn as a text grid for {@code nqx text --tables}: one line per grid row, each column as wide as
 * its widest text (up to a limit, longer texts cut with "…"), a rule under the header rows. A merged cell's
 * text stands in its first place; the places it covers to the right show "<", those below it "^".
 */
final class TableGrid {
  private TableGrid() {}

  /** The widest a column is drawn. */
  private static final int MAX_WIDTH = 32;

  /** The title line of a table: number, lines, size, layout and the section it stands in. */
  static String title(Table t, SourceText text, Outline outline) {
    int first = text.position(t.range().start()).line();
    int last = text.position(Math.max(t.range().start(), t.range().end() - 1)).line();
    List<Section> path = outline.path(t.range().start());
    String where = path.isEmpty() ? "" : " in " + path.get(path.size() - 1).id() + " \""
        + shorten(path.get(path.size() - 1).title(), 60) + "\"";
    return "table " + t.number() + ": lines " + first + "-" + last + ", " + t.rowCount() + " rows x "
        + t.columnCount() + " columns, " + t.headerRows() + " header row" + (t.headerRows() == 1 ? "" : "s") + ", "
        + t.layout().id() + where;
  }

  static String draw(Table t) {
    int[] widths = new int[t.columnCount()];
    for (int c = 0; c < t.columnCount(); c++) {
      widths[c] = 1;
    }
    for (Cell cell : t.cells()) {
      if (cell.colSpan() == 1) {
        widths[cell.column()] = Math.max(widths[cell.column()], Math.min(MAX_WIDTH, cell.text().length()));
      }
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < t.rowCount(); r++) {
      if (r == t.headerRows() && r > 0) {
        rule(out, widths);
      }
      out.append('|');
      int c = 0;
      while (c < t.columnCount()) {
        Cell cell = t.at(r, c).orElse(null);
        if (cell == null) {
          out.append(' ').append(pad("", widths[c])).append(" |");
          c++;
        } else if (cell.row() != r) {
          out.append(' ').append(pad("^", widths[c])).append(" |");
          c++;
        } else {
          int span = Math.min(cell.colSpan(), t.columnCount() - cell.column());
          int width = -3;
          for (int k = c; k < cell.column() + span; k++) {
            width += widths[k] + 3;
          }
          int visible = cell.column() + span - c;
          if (c != cell.column()) {
            out.append(' ').append(pad("<", widths[c])).append(" |");
            c++;
            continue;
          }
          out.append(' ').append(pad(shorten(cell.text(), width), width)).append(" |");
          c += visible;
        }
      }
      out.append(System.lineSeparator());
    }
    return out.toString();
  }

  private static void rule(StringBuilder out, int[] widths) {
    out.append('|');
    for (int w : widths) {
      out.append('-').append("-".repeat(w)).append("-|");
    }
    out.append(System.lineSeparator());
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String shorten(String s, int width) {
    return s.length() <= width ? s : s.substring(0, Math.max(0, width - 1)) + "…";
  }
}
