package io.nqx.tables;

import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables as crawled pages flatten them: each cell's text on its own lines, a line holding a lone "|" between
 * two cells, and two such lines between two rows (the closing pipe of one, the opening pipe of the next).
 * An empty cell is two pipes with nothing between, as a row boundary is; so the rows are read as the grid
 * requires: every row as wide as the first (its cells may be empty), or a short row of filled cells (a group
 * row whose title was merged across), each followed by the empty gap between rows. Of the ways to read a run
 * of pipes, the one that covers most of it wins; a run that gives no two full rows is no table.
 */
final class CellLineTables {
  private CellLineTables() {}

  /** The widest grid tried: wider tables are not written this way. */
  private static final int MAX_COLUMNS = 12;
  /**
   * A cell holds at most this many lines; more between two pipes is the text of a page laid out around
   * (a document body between a page's header table and its signature table), which no row can take.
   */
  private static final int MAX_CELL_LINES = 40;

  /** A table's rows, each its cells' ranges (empty ranges for empty cells). */
  record Found(List<List<Range>> rows) {}

  static List<Found> find(SourceText source, List<Range> taken) {
    String text = source.text();
    List<TextLine> lines = source.lines();
    // The pipe lines, and between each two the cell text that stands there (null for none).
    List<Integer> pipes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      if (text.substring(l.start(), l.end()).strip().equals("|") && !PipeTables.inside(taken, l.start())) {
        pipes.add(i);
      }
    }
    int m = pipes.size();
    if (m < 6) {
      return List.of();
    }
    int slots = m - 1;
    Range[] slot = new Range[slots];
    boolean[] barrier = new boolean[slots];
    for (int s = 0; s < slots; s++) {
      int a = pipes.get(s);
      int b = pipes.get(s + 1);
      barrier[s] = b - a - 1 > MAX_CELL_LINES;
      int from = lines.get(a).end();
      int to = lines.get(b).start();
      Range r = PipeTables.trim(text, Math.min(from, to), Math.max(from, to));
      slot[s] = r.start() == r.end() ? null : r;
    }
    // Whether the text before a pipe line is outside any table: a table's first row opens there.
    boolean[] opens = new boolean[slots];
    for (int s = 0; s < slots; s++) {
      opens[s] = s == 0 || slot[s - 1] != null;
    }
    Reading[][] memo = new Reading[MAX_COLUMNS + 1][];
    List<Found> out = new ArrayList<>();
    boolean[] used = new boolean[slots];
    while (true) {
      Reading best = null;
      for (int s = 0; s < slots; s++) {
        int n = opens[s] ? headerWidth(slot, barrier, s) : 0;
        if (n == 0) {
          continue;
        }
        if (memo[n] == null) {
          memo[n] = readings(slot, barrier, n);
        }
        Reading r = memo[n][s];
        if (r == null || r.fullRows < 2 || overlaps(used, s, r.end)) {
          continue;
        }
        // Of two readings that overlap, the one with more full rows: a start too early (a signature block's
        // cells before the table's header) reads a grid too wide, whose rows soon stop lining up.
        if (best == null || r.fullRows > best.fullRows) {
          best = r;
        }
      }
      if (best == null) {
        break;
      }
      for (int s = best.start; s < best.end; s++) {
        used[s] = true;
      }
      List<List<Range>> rows = new ArrayList<>();
      for (int[] row : best.rows()) {
        List<Range> cells = new ArrayList<>();
        for (int s = row[0]; s < row[1]; s++) {
          cells.add(slot[s] != null ? slot[s] : emptyAt(lines, pipes.get(s)));
        }
        rows.add(cells);
      }
      out.add(new Found(rows));
    }
    out.sort((a, b) -> Integer.compare(a.rows().get(0).get(0).start(), b.rows().get(0).get(0).start()));
    return out;
  }

  /**
   * How wide a grid whose header row starts at a slot is: its filled cells up to the gap after it (a header
   * names every column). 0 when they are fewer than two, more than {@value #MAX_COLUMNS}, or no gap follows.
   */
  private static int headerWidth(Range[] slot, boolean[] barrier, int s) {
    int n = 0;
    while (s + n < slot.length && slot[s + n] != null && !barrier[s + n]) {
      n++;
      if (n > MAX_COLUMNS) {
        return 0;
      }
    }
    boolean gap = s + n == slot.length || slot[s + n] == null;
    return n >= 2 && gap ? n : 0;
  }

  private static Range emptyAt(List<TextLine> lines, int pipeLine) {
    int at = lines.get(pipeLine).end();
    return new Range(at, at);
  }

  private static boolean overlaps(boolean[] used, int from, int to) {
    for (int s = from; s < to; s++) {
      if (used[s]) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows read from a slot on, for a grid {@code n} wide.
   *
   * @param rowEnd the slot after the first row's last cell
   * @param next the reading of the rows after the first, or null when the table ends with it
   */
  private record Reading(int start, int end, int fullRows, int rowEnd, Reading next) {
    List<int[]> rows() {
      List<int[]> out = new ArrayList<>();
      for (Reading r = this; r != null; r = r.next) {
        out.add(new int[] {r.start, r.rowEnd});
      }
      return out;
    }
  }

  /**
   * The reading from each slot, for a grid {@code n} wide, that has the most full rows: each row is a full row
   * followed by the empty gap to the next row, or a shorter one that starts with a filled cell (a group row
   * whose title was merged across, its trailing cells empty or left out) followed by the gap, or a full row
   * after which the table ends (text outside follows).
   */
  private static Reading[] readings(Range[] slot, boolean[] barrier, int n) {
    int slots = slot.length;
    Reading[] f = new Reading[slots + 1];
    for (int s = slots - 1; s >= 0; s--) {
      boolean full = s + n <= slots && anyFilled(slot, s, s + n) && noBarrier(barrier, s, s + n);
      Reading best = null;
      if (full && (s + n == slots || slot[s + n] == null)) {
        best = row(f, s, s + n, true);
      }
      if (slot[s] != null && !barrier[s]) {
        for (int k = 1; k < n && s + k < slots && !barrier[s + k - 1]; k++) {
          if (slot[s + k] == null) {
            Reading r = row(f, s, s + k, false);
            if (best == null || r.fullRows > best.fullRows) {
              best = r;
            }
          }
        }
      }
      if (best == null && full) {
        best = new Reading(s, s + n, 1, s + n, null);
      }
      f[s] = best;
    }
    return f;
  }

  /** A row over slots [s, e), and the rows after the empty gap slot e. */
  private static Reading row(Reading[] f, int s, int e, boolean full) {
    Reading next = e + 1 < f.length ? f[e + 1] : null;
    int fullRows = (full ? 1 : 0) + (next != null ? next.fullRows : 0);
    return new Reading(s, next != null ? next.end : e, fullRows, e, next);
  }

  private static boolean noBarrier(boolean[] barrier, int from, int to) {
    for (int s = from; s < to; s++) {
      if (barrier[s]) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyFilled(Range[] slot, int from, int to) {
    return Arrays.stream(slot, from, to).anyMatch(r -> r != null);
  }
}
