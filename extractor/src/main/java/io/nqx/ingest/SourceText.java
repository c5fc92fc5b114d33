package io.nqx.ingest;

import io.nqx.text.Prefiltered;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document read and normalized: the text that extraction rules see, where it came from, and how to get from
 * any character back to the line and column a user can find in the source.
 *
 * <p>The text is NFC, has single spaces, no Markdown or HTML markup, and lines that a layout wrapped in the
 * middle of a sentence joined; {@link #lines()} keeps the heading hints that markup gave.
 */
public final class SourceText {
  private final String source;
  private final String mediaType;
  private final String charset;
  private final String text;
  private final PositionMap positions;
  private final List<TextLine> lines;
  private final int[] lineStarts;
  private final List<MarkupTable> tables;
  private final OcrWords ocrWords;
  private final List<OcrPage> ocrPages;
  private String lower;

  SourceText(String source, String mediaType, String charset, String text, PositionMap positions,
      List<TextLine> lines) {
    this(source, mediaType, charset, text, positions, lines, List.of());
  }

  SourceText(String source, String mediaType, String charset, String text, PositionMap positions,
      List<TextLine> lines, List<MarkupTable> tables) {
    this(source, mediaType, charset, text, positions, lines, tables, OcrWords.NONE, List.of());
  }

  SourceText(String source, String mediaType, String charset, String text, PositionMap positions,
      List<TextLine> lines, List<MarkupTable> tables, OcrWords ocrWords, List<OcrPage> ocrPages) {
    this.ocrWords = Objects.requireNonNull(ocrWords);
    this.ocrPages = List.copyOf(ocrPages);
    this.source = Objects.requireNonNull(source);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.charset = charset;
    this.text = Objects.requireNonNull(text);
    this.positions = Objects.requireNonNull(positions);
    this.lines = List.copyOf(lines);
    this.lineStarts = this.lines.stream().mapToInt(TextLine::start).toArray();
    this.tables = List.copyOf(tables);
  }

  /**
   * The tables the document's markup defines, their cells placed in the text (empty for plain text, whose
   * tables the tables stage reads from the text itself).
   */
  public List<MarkupTable> markupTables() {
    return tables;
  }

  /** The pages read by OCR, with the mean confidence of their words (empty when none was). */
  public List<OcrPage> ocrPages() {
    return ocrPages;
  }

  /**
   * How sure OCR was of the span {@code [start, end)} of the normalized text: the mean confidence (0 to 1) of
   * the words it overlaps, or null when no word of it was read by OCR.
   */
  public Double ocrConfidence(int start, int end) {
    if (ocrWords.isEmpty() || text.isEmpty()) {
      return null;
    }
    int from = positions.sourceOffset(Math.min(start, text.length()));
    int last = positions.sourceOffset(Math.max(Math.min(end, text.length()) - 1, Math.min(start, text.length())));
    double c = ocrWords.confidence(from, last + 1);
    return Double.isNaN(c) ? null : Math.round(c * 1000) / 1000.0;
  }

  /** The name the document was read under: a path as given, or {@code -} for standard input. */
  public String source() {
    return source;
  }

  /** Media type detected from the content, e.g. {@code text/plain} or {@code application/pdf}. */
  public String mediaType() {
    return mediaType;
  }

  /**
   * The charset plain text was decoded with, or {@code TCVN3} when legacy Vietnamese was converted (in any
   * format); empty for formats that carry their own encoding.
   */
  public Optional<String> charset() {
    return Optional.ofNullable(charset);
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /**
   * The text in lower case char by char (offsets as the text's), made once for the rules that look for words
   * whatever their case. Filled on first use; threads racing to fill it make equal strings.
   */
  public String lowerText() {
    String l = lower;
    if (l == null) {
      l = Prefiltered.lower(text);
      lower = l;
    }
    return l;
  }

  /** The normalized lines with their heading hints, in order. */
  public List<TextLine> lines() {
    return lines;
  }

  public PositionMap positions() {
    return positions;
  }

  /** Line and column in the source of the normalized character at {@code offset}. */
  public SourcePosition position(int offset) {
    return positions.position(offset);
  }

  /** The normalized line holding {@code offset}. */
  public TextLine lineAt(int offset) {
    return lines.get(lineIndexAt(offset));
  }

  /** The index in {@link #lines()} of the normalized line holding {@code offset}. */
  public int lineIndexAt(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
    }
    int i = Arrays.binarySearch(lineStarts, offset);
    if (i < 0) {
      i = -i - 2;
    }
    return Math.max(i, 0);
  }

  /** The text of one normalized line. */
  public String lineText(TextLine line) {
    return text.substring(line.start(), line.end());
  }

  @Override
  public String toString() {
    return "SourceText[" + source + ", " + mediaType + ", " + text.length() + " chars, " + lines.size()
        + " lines]";
  }
}
