package io.nqx.tables;

import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown pipe tables: runs of lines that start with "|" and hold at least one more, one row per line, cells
 * between unescaped pipes. The rule line under a Markdown header ("|---|---|") is gone from the normalized
 * text, which leaves an empty line in its place: an empty line right after the first row marks it as the
 * header, and one empty line between two rows does not end the table.
 */
final class PipeTables {
  private PipeTables() {}

  /** A table's rows as the lines gave them, and whether a rule line marked the first as header. */
  record Found(List<List<GridBuilder.Proto>> rows, boolean ruledHeader) {}

  static List<Found> find(SourceText source, List<Range> taken) {
    String text = source.text();
    List<TextLine> lines = source.lines();
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (!isRow(text, lines.get(i)) || inside(taken, lines.get(i).start())) {
        i++;
        continue;
      }
      List<List<GridBuilder.Proto>> rows = new ArrayList<>();
      boolean ruled = false;
      int j = i;
      while (j < lines.size()) {
        TextLine line = lines.get(j);
        if (isRow(text, line) && !inside(taken, line.start())) {
          rows.add(cells(text, line));
          j++;
        } else if (line.isEmpty() && j + 1 < lines.size() && isRow(text, lines.get(j + 1))
            && !inside(taken, lines.get(j + 1).start())) {
          ruled |= rows.size() == 1;
          j++;
        } else {
          break;
        }
      }
      out.add(new Found(rows, ruled));
      i = j;
    }
    return out;
  }

  /** Whether an offset lies in one of the ranges (the lines a table read before stands on). */
  static boolean inside(List<Range> ranges, int offset) {
    for (Range r : ranges) {
      if (r.start() <= offset && offset < r.end()) {
        return true;
      }
    }
    return false;
  }

  /** A line that starts with a pipe and holds another one after some text. */
  static boolean isRow(String text, TextLine line) {
    int s = line.start();
    while (s < line.end() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    if (s >= line.end() || text.charAt(s) != '|') {
      return false;
    }
    for (int k = s + 1; k < line.end(); k++) {
      if (text.charAt(k) == '|' && text.charAt(k - 1) != '\\') {
        return k > s + 1 || line.end() - k > 1;
      }
    }
    return false;
  }

  /** The cells of a pipe row, each trimmed; the pipes before the first and after the last cell are no cells. */
  static List<GridBuilder.Proto> cells(String text, TextLine line) {
    List<Integer> pipes = new ArrayList<>();
    for (int k = line.start(); k < line.end(); k++) {
      if (text.charAt(k) == '|' && (k == line.start() || text.charAt(k - 1) != '\\')) {
        pipes.add(k);
      }
    }
    List<GridBuilder.Proto> out = new ArrayList<>();
    for (int p = 0; p < pipes.size(); p++) {
      int from = pipes.get(p) + 1;
      int to = p + 1 < pipes.size() ? pipes.get(p + 1) : line.end();
      if (p + 1 == pipes.size() && text.substring(from, to).isBlank()) {
        break; // the closing pipe
      }
      out.add(GridBuilder.Proto.plain(trim(text, from, to)));
    }
    return out;
  }

  /** {@code [from, to)} without its leading and trailing white space (empty, at {@code from}, when blank). */
  static Range trim(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s == e ? new Range(from, from) : new Range(s, e);
  }
}
