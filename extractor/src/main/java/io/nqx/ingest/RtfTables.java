package io.nqx.ingest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The tables of an RTF file. Tika's RTF parser gives each cell as a paragraph and says nothing of rows, so
 * the structure is read from the RTF itself: a row is {@code \trowd ... \row}, a cell's right edge is
 * {@code \cellx}, a merge is {@code \clvmgf}/{@code \clvmrg} (vertical) or {@code \clmgf}/{@code \clmrg}
 * (horizontal), and a cell that spans columns has edges that skip the table's other edges. Each cell's text
 * is then found, in order, in the text Tika gave.
 */
final class RtfTables {
  private RtfTables() {}

  /** Destinations whose text is no document text. */
  private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object",
      "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "listtable",
      "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "datastore",
      "latentstyles", "pgdsctbl", "revtbl", "filetbl", "fldinst", "bkmkstart", "bkmkend");

  /** One cell as RTF defines it. */
  private record Cell(String text, int left, int right, boolean vFirst, boolean vMerged, boolean hMerged) {}

  /** A cell's edge and merge flags from the row definition. */
  private record Edge(int right, boolean vFirst, boolean vMerged, boolean hFirst, boolean hMerged) {}

  /** The tables of an RTF file, as rows of cells. */
  static List<List<List<Cell>>> read(byte[] rtf) {
    Reader r = new Reader(rtf);
    r.run();
    return r.tables;
  }

  /** The raw text with the RTF's tables attached, their cells found in order in the text; unchanged if none. */
  static RawText attach(byte[] rtf, RawText raw) {
    List<List<List<Cell>>> tables;
    try {
      tables = read(rtf);
    } catch (RuntimeException e) {
      return raw; // structure is a help; a file Tika could read but this reader cannot keeps its text
    }
    if (tables.isEmpty()) {
      return raw;
    }
    Projection text = new Projection(raw.text());
    List<RawTable> out = new ArrayList<>();
    int cursor = 0;
    for (List<List<Cell>> table : tables) {
      List<List<CellGrid.Cell>> layout = table.stream().map(row -> row.stream()
          .map(c -> new CellGrid.Cell(c.left(), c.right(), c.vFirst(), c.vMerged(), c.hMerged())).toList()).toList();
      List<List<CellGrid.Span>> spans = new CellGrid(layout).spans();
      List<List<RawTable.Cell>> rows = new ArrayList<>();
      for (int ri = 0; ri < table.size(); ri++) {
        List<RawTable.Cell> cells = new ArrayList<>();
        for (int ci = 0; ci < table.get(ri).size(); ci++) {
          CellGrid.Span span = spans.get(ri).get(ci);
          if (span.covered()) {
            continue;
          }
          int[] found = text.find(table.get(ri).get(ci).text(), cursor);
          int start = found == null ? cursor : found[0];
          int end = found == null ? cursor : found[1];
          cursor = end;
          cells.add(new RawTable.Cell(start, end, span.colSpan(), span.rowSpan(), false, true));
        }
        rows.add(cells);
      }
      out.add(new RawTable(rows));
    }
    return new RawText(raw.text(), raw.pageStartLines(), raw.softBreaks(), out);
  }

  /**
   * The text Tika gave, as the characters that carry meaning in a cell (letters, digits, signs), each with
   * its raw offset: a cell's text is found in it whatever markup and spacing stand between.
   */
  private static final class Projection {
    private final StringBuilder chars = new StringBuilder();
    private final List<Integer> offsets = new ArrayList<>();

    Projection(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (keeps(c)) {
          chars.append(Character.toLowerCase(c));
          offsets.add(i);
        }
      }
    }

    static boolean keeps(char c) {
      return Character.isLetterOrDigit(c) || "%≥≤<>=+-–.,/()".indexOf(c) >= 0;
    }

    /** Raw [start, end) of the text from projected position at or after the raw offset {@code from}. */
    int[] find(String cell, int from) {
      StringBuilder key = new StringBuilder();
      for (int i = 0; i < cell.length(); i++) {
        if (keeps(cell.charAt(i))) {
          key.append(Character.toLowerCase(cell.charAt(i)));
        }
      }
      if (key.length() == 0) {
        return null;
      }
      int startIndex = firstAtOrAfter(from);
      int at = chars.indexOf(key.toString(), startIndex);
      if (at < 0) {
        return null;
      }
      return new int[] {offsets.get(at), offsets.get(at + key.length() - 1) + 1};
    }

    private int firstAtOrAfter(int raw) {
      int lo = 0;
      int hi = offsets.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (offsets.get(mid) < raw) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /** A small RTF tokenizer that keeps only what tables need: row definitions, cells and their text. */
  private static final class Reader {
    private final byte[] in;
    private int pos;
    private Charset charset = Charset.forName("windows-1252");
    final List<List<List<Cell>>> tables = new ArrayList<>();
    private List<List<Cell>> table;
    private List<Cell> row;
    private final List<Edge> edges = new ArrayList<>();
    private boolean vFirst;
    private boolean vMerged;
    private boolean hFirst;
    private boolean hMerged;
    private final StringBuilder text = new StringBuilder();
    private boolean textSinceRow;
    private int unicodeSkip = 1;

    Reader(byte[] in) {
      this.in = in;
    }

    void run() {
      group(false);
      endTable();
    }

    /** Reads one group (or the whole file); {@code skip} when its text is no document text. */
    private void group(boolean skip) {
      int uc = unicodeSkip;
      boolean first = true;
      while (pos < in.length) {
        int b = in[pos] & 0xFF;
        if (b == '{') {
          pos++;
          boolean inner = skip;
          if (peekStarred()) {
            inner = true;
          }
          group(inner);
          continue;
        }
        if (b == '}') {
          pos++;
          unicodeSkip = uc;
          return;
        }
        if (b == '\\') {
          String word = controlWord(skip, first);
          if (word != null && first && SKIPPED.contains(word)) {
            skip = true;
          }
          first = false;
          continue;
        }
        pos++;
        first = false;
        if (b == '\r' || b == '\n') {
          continue;
        }
        if (!skip) {
          text((char) b);
        }
      }
    }

    private boolean peekStarred() {
      return pos + 1 < in.length && in[pos] == '\\' && in[pos + 1] == '*';
    }

    /** Reads a control word or symbol at {@code pos} and acts on it; returns the word (null for a symbol). */
    private String controlWord(boolean skip, boolean first) {
      pos++; // the backslash
      if (pos >= in.length) {
        return null;
      }
      int c = in[pos] & 0xFF;
      if (!Character.isLetter(c)) {
        pos++;
        switch (c) {
          case '\'' -> {
            if (pos + 2 <= in.length) {
              int value = Integer.parseInt(new String(in, pos, 2, java.nio.charset.StandardCharsets.US_ASCII), 16);
              pos += 2;
              if (!skip) {
                text(new String(new byte[] {(byte) value}, charset).charAt(0));
              }
            }
          }
          case '\\', '{', '}' -> {
            if (!skip) {
              text((char) c);
            }
          }
          case '~' -> {
            if (!skip) {
              text(' ');
            }
          }
          case '_' -> {
            if (!skip) {
              text('-');
            }
          }
          default -> { }
        }
        return null;
      }
      int start = pos;
      while (pos < in.length && Character.isLetter(in[pos] & 0xFF)) {
        pos++;
      }
      String word = new String(in, start, pos - start, java.nio.charset.StandardCharsets.US_ASCII);
      int numStart = pos;
      if (pos < in.length && (in[pos] == '-' || Character.isDigit(in[pos] & 0xFF))) {
        pos++;
        while (pos < in.length && Character.isDigit(in[pos] & 0xFF)) {
          pos++;
        }
      }
      Integer param = pos > numStart ? Integer.valueOf(new String(in, numStart, pos - numStart,
          java.nio.charset.StandardCharsets.US_ASCII)) : null;
      if (pos < in.length && in[pos] == ' ') {
        pos++; // the delimiter space belongs to the control word
      }
      act(word, param, skip);
      return word;
    }

    private void act(String word, Integer param, boolean skip) {
      switch (word) {
        case "ansicpg" -> {
          if (param != null) {
            try {
              charset = Charset.forName("windows-" + param);
            } catch (RuntimeException e) {
              // keep the default
            }
          }
        }
        case "uc" -> unicodeSkip = param == null ? 1 : param;
        case "u" -> {
          if (!skip && param != null) {
            text((char) (param < 0 ? param + 65536 : param));
          }
          skipFallback();
        }
        case "par", "line", "tab", "sect" -> {
          if (!skip) {
            text(' ');
          }
        }
        case "trowd" -> startRowDefinition();
        case "clvmgf" -> vFirst = true;
        case "clvmrg" -> vMerged = true;
        case "clmgf" -> hFirst = true;
        case "clmrg" -> hMerged = true;
        case "cellx" -> {
          edges.add(new Edge(param == null ? 0 : param, vFirst, vMerged, hFirst, hMerged));
          vFirst = vMerged = hFirst = hMerged = false;
        }
        case "cell" -> endCell();
        case "row" -> endRow();
        default -> { }
      }
    }

    /** The characters after {@code \\u} that a reader without Unicode shows instead. */
    private void skipFallback() {
      for (int k = 0; k < unicodeSkip && pos < in.length; k++) {
        if (in[pos] == '\\' && pos + 1 < in.length && in[pos + 1] == '\'') {
          pos += 4;
        } else if (in[pos] == '{' || in[pos] == '}') {
          break;
        } else {
          pos++;
        }
      }
    }

    private void text(char c) {
      text.append(c);
      if (!Character.isWhitespace(c)) {
        textSinceRow = true;
      }
    }

    private void startRowDefinition() {
      if (row != null && !row.isEmpty()) {
        return; // a definition repeated inside a row (Word writes one at the row's end too)
      }
      if (textSinceRow && table != null) {
        endTable(); // a paragraph outside the table stood between the rows
      }
      edges.clear();
      row = new ArrayList<>();
      text.setLength(0);
      textSinceRow = false;
    }

    private void endCell() {
      if (row == null) {
        return;
      }
      int index = row.size();
      int left = index == 0 ? 0 : row.get(index - 1).right();
      Edge edge = index < edges.size() ? edges.get(index) : new Edge(left + 1, false, false, false, false);
      row.add(new Cell(text.toString().strip(), left, edge.right(), edge.vFirst(), edge.vMerged(), edge.hMerged()));
      text.setLength(0);
    }

    private void endRow() {
      if (row == null) {
        return;
      }
      if (table == null) {
        table = new ArrayList<>();
      }
      table.add(row);
      row = null;
      text.setLength(0);
      textSinceRow = false;
    }

    private void endTable() {
      if (table != null && !table.isEmpty()) {
        tables.add(table);
      }
      table = null;
    }
  }
}
