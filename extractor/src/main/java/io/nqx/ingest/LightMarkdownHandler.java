package io.nqx.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the XHTML that a Tika parser emits as light Markdown: a heading as {@code #} marks, bold as
 * {@code **}, a blank line after each paragraph, a table row as a {@code |} line, and for paged formats the
 * line at which each page starts. The normalizer then treats every format the way it treats .md files.
 */
final class LightMarkdownHandler extends DefaultHandler {

  private final StringBuilder out = new StringBuilder();
  private final List<Integer> pageStarts = new ArrayList<>();
  private final BitSet softBreaks = new BitSet();
  private int paragraphDepth;
  private final long maxChars;
  private final boolean markupWhitespace;
  private final boolean layoutWraps;
  private int lineIndex;
  private int preDepth;
  private int skipDepth;
  private int boldDepth;
  private boolean boldWritten;
  private int supDepth;
  private int subDepth;
  private int cell;
  /** How deep in tables: only the outermost is recorded as structure; a nested one is text of its cell. */
  private int tableDepth;
  private final List<RawTable> tables = new ArrayList<>();
  private List<List<RawTable.Cell>> tableRows;
  private List<RawTable.Cell> rowCells;
  private int cellStart = -1;
  private int cellColSpan;
  private int cellRowSpan;
  private boolean cellHeader;
  private boolean cellSpansKnown;

  /**
   * @param maxChars the most characters to accept before failing (a guard against expanding bombs)
   * @param markupWhitespace true for HTML, where a line break in the text is only a space (the writer
   *     wrapped its source) unless inside {@code <pre>}
   * @param layoutWraps true for PDF, whose line breaks inside a paragraph are the layout's, not the author's
   */
  LightMarkdownHandler(long maxChars, boolean markupWhitespace, boolean layoutWraps) {
    this(maxChars, markupWhitespace, layoutWraps, markupWhitespace);
  }

  /**
   * @param spansKnown whether the format's markup states cell spans (HTML and OpenDocument do; Tika's Word
   *     parsers do not, merged cells come as fewer or empty cells)
   */
  LightMarkdownHandler(long maxChars, boolean markupWhitespace, boolean layoutWraps, boolean spansKnown) {
    this.maxChars = maxChars;
    this.markupWhitespace = markupWhitespace;
    this.layoutWraps = layoutWraps;
    this.spansKnown = spansKnown;
  }

  private final boolean spansKnown;

  RawText result() {
    endLine();
    int[] pages = pageStarts.stream().mapToInt(Integer::intValue).toArray();
    return new RawText(out.toString(), pages, softBreaks, tables);
  }

  /** Inside a cell of the outermost table: its paragraphs and line breaks are spaces, the row one line. */
  private boolean inCell() {
    return cellStart >= 0;
  }

  /** A space where a cell's paragraph or line break was. */
  private void cellSpace() {
    closeBold();
    int n = out.length();
    if (n > cellStart && out.charAt(n - 1) != ' ') {
      out.append(' ');
    }
  }

  private static int span(Attributes atts, String name) {
    String v = atts.getValue(name);
    if (v == null) {
      return 1;
    }
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(v.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = name(localName, qName);
    if (skipDepth > 0 || isSkipped(name)) {
      skipDepth++;
      return;
    }
    switch (name) {
      case "div":
        if ("page".equals(atts.getValue("class"))) {
          endLine();
          pageStarts.add(lineIndex);
        }
        break;
      case "pre":
        preDepth++;
        endLine();
        break;
      case "p":
        paragraphDepth++;
        if (inCell()) {
          cellSpace();
        } else {
          endLine();
        }
        break;
      case "li":
      case "blockquote":
      case "dt":
      case "dd":
        if (inCell()) {
          cellSpace();
        } else {
          endLine();
        }
        break;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        if (inCell()) {
          cellSpace();
        } else {
          endLine();
          out.append("#".repeat(name.charAt(1) - '0')).append(' ');
        }
        break;
      case "table":
        if (tableDepth++ == 0) {
          endLine();
          tableRows = new ArrayList<>();
        } else if (inCell()) {
          cellSpace();
        }
        break;
      case "tr":
        if (tableDepth <= 1) {
          endLine();
          cell = 0;
          rowCells = new ArrayList<>();
        }
        break;
      case "td":
      case "th":
        if (tableDepth <= 1) {
          closeBold();
          out.append(cell++ == 0 ? "| " : " | ");
          cellStart = out.length();
          cellColSpan = span(atts, "colspan");
          cellRowSpan = span(atts, "rowspan");
          cellSpansKnown = spansKnown;
          cellHeader = name.equals("th");
        } else {
          cellSpace();
        }
        break;
      case "br":
        if (inCell()) {
          cellSpace();
        } else {
          hardBreak();
        }
        break;
      case "b":
      case "strong":
        boldDepth++;
        break;
      case "sup":
        supDepth++;
        break;
      case "sub":
        subDepth++;
        break;
      default:
        break;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    String name = name(localName, qName);
    if (name.equals("pre")) {
      preDepth = Math.max(0, preDepth - 1);
    }
    if (name.equals("p")) {
      paragraphDepth = Math.max(0, paragraphDepth - 1);
    }
    switch (name) {
      case "p":
      case "li":
      case "blockquote":
      case "pre":
      case "dt":
      case "dd":
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        if (inCell()) {
          cellSpace();
        } else {
          endParagraph();
        }
        break;
      case "table":
        if (--tableDepth == 0) {
          if (tableRows != null && !tableRows.isEmpty()) {
            tables.add(new RawTable(tableRows));
          }
          tableRows = null;
          endParagraph();
        } else if (tableDepth < 0) {
          tableDepth = 0;
        }
        break;
      case "td":
      case "th":
        if (tableDepth <= 1 && inCell()) {
          closeBold();
          int end = out.length();
          while (end > cellStart && out.charAt(end - 1) == ' ') {
            end--;
          }
          if (rowCells != null) {
            rowCells.add(new RawTable.Cell(cellStart, Math.max(cellStart, end), cellColSpan, cellRowSpan, cellHeader,
                cellSpansKnown));
          }
          cellStart = -1;
        }
        break;
      case "tr":
        if (tableDepth <= 1) {
          closeBold();
          if (cell > 0) {
            out.append(" |");
          }
          endLine();
          if (tableRows != null && rowCells != null && !rowCells.isEmpty()) {
            tableRows.add(rowCells);
          }
          rowCells = null;
        }
        break;
      case "b":
      case "strong":
        boldDepth = Math.max(0, boldDepth - 1);
        break;
      case "sup":
        supDepth = Math.max(0, supDepth - 1);
        break;
      case "sub":
        subDepth = Math.max(0, subDepth - 1);
        break;
      default:
        break;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth > 0) {
      return;
    }
    if (out.length() + (long) length > maxChars) {
      throw new TextLimitException(maxChars);
    }
    for (int i = start; i < start + length; i++) {
      char c = ch[i];
      if ((c == '\n' || c == '\r') && ((markupWhitespace && preDepth == 0) || inCell())) {
        out.append(' ');
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < start + length && ch[i + 1] == '\n') {
          i++;
        }
        hardBreak();
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append(c);
      } else {
        if (boldDepth > 0 && !boldWritten) {
          out.append("**");
          boldWritten = true;
        } else if (boldDepth == 0 && boldWritten) {
          out.append("**");
          boldWritten = false;
        }
        if (supDepth > 0 || subDepth > 0) {
          c = MarkupCleanup.scriptDigit(c, supDepth > 0);
        }
        out.append(c);
      }
    }
  }

  /**
   * Tika's XHTML writer sends line ends as ignorable whitespace: after block elements (already handled),
   * for a line break inside a paragraph (HTML's br), and for PDF between the lines of a paragraph, where
   * they are the only trace of the layout's line breaks. Those are soft: the next line goes on with the
   * paragraph, whatever letter it starts with.
   */
  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    if (skipDepth > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      if (ch[i] == '\n' && inCell()) {
        cellSpace();
      } else if (ch[i] == '\n') {
        if (paragraphDepth > 0 && lineHasText()) {
          if (layoutWraps) {
            endLine();
            softBreaks.set(lineIndex);
          } else {
            hardBreak();
          }
        } else {
          endLine();
        }
      }
    }
  }

  private boolean lineHasText() {
    int n = out.length();
    return n > 0 && out.charAt(n - 1) != '\n';
  }

  private static boolean isSkipped(String name) {
    return name.equals("head") || name.equals("script") || name.equals("style") || name.equals("title");
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }

  private void closeBold() {
    if (boldWritten) {
      out.append("**");
      boldWritten = false;
    }
  }

  /**
   * A line break the author typed inside a paragraph (Word's Shift+Enter, HTML's br): written as a Markdown
   * hard break so that the normalizer keeps it unless the next line goes on in lower case.
   */
  private void hardBreak() {
    closeBold();
    out.append("  ");
    newline();
  }

  private void newline() {
    out.append('\n');
    lineIndex++;
  }

  /** Ends the current line unless it is already empty. */
  private void endLine() {
    closeBold();
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n') {
      newline();
    }
  }

  /** Ends the paragraph: its line, then one blank line. */
  private void endParagraph() {
    endLine();
    int n = out.length();
    if (n > 1 && out.charAt(n - 2) != '\n') {
      newline();
    }
  }

  /** Thrown when extraction produces more text than allowed. */
  static final class TextLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TextLimitException(long maxChars) {
      super("more than " + maxChars + " characters of text");
    }
  }
}
