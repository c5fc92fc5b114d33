package io.nqx.ingest;

import io.nqx.text.Letters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawText} into the normalized text that rules see, line by line: NFC, markup removed, spaces
 * cleaned; then PDF page-number lines dropped, lines a layout wrapped in mid-sentence joined (hyphenated
 * breaks repaired), runs of blank lines collapsed. Every output character keeps the source offset it came from.
 */
final class TextNormalizer {
  private TextNormalizer() {}

  /** The result: text, its lines with hints, and the map back to the raw text. */
  record Normalized(String text, List<TextLine> lines, PositionMap positions, List<MarkupTable> tables) {}

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?:[-–—] ?)?(?:(?:[Tt]rang|[Pp]age) )?\\d{1,4}(?: ?(?:/|of|trên) ?\\d{1,4})?(?: ?[-–—])?");
  /** A line that starts a list item or a numbered heading: never the continuation of the line before. */
  private static final Pattern ITEM_START = Pattern.compile(
      "(?:[-+*•–—] |\\(?\\d+(?:\\.\\d+)*[.)](?: |$)|\\(\\d+\\)|[IVXLC]+[.\\-)] |[a-zđ][.)] |[A-Z][.)] |\\|)");
  private static final String SENTENCE_END = ".!?;:";
  /** A line that ends with a comparator whose number is on the next line. */
  private static final Pattern DANGLING_COMPARATOR = Pattern.compile(
      "(?<![\\p{L}])(?:khoảng|trên|dưới|đạt|tối thiểu|ít nhất|không quá|tối đa|không dưới|không vượt quá|xấp xỉ|"
      + "hơn|từ|là|còn|bằng|mức)$");
  /** A line that opens with a number the sentence goes on from ("15 tuổi đạt khoảng 22%", "2030, tỷ lệ"). */
  private static final Pattern NUMBER_GOING_ON = Pattern.compile("\\d[\\d.,/%]*(?: \\p{Ll}|[,;:] )");
  /**
   * A line at least this share of a typical full line was wrapped by a layout (PDF) or a hard-wrapping
   * converter (Markdown wrapped at 80 columns), not ended by its author.
   */
  private static final double FULL_LINE = 0.7;
  /**
   * A line plus the next word longer than this share of a full line had no room for that word. Not lower:
   * bold headings fit fewer letters, and a heading followed by "Thực hiện ..." must stay a line of its own,
   * even if that leaves a wrapped line before a capital ("... của" / "Nhân dân") unjoined now and then.
   */
  private static final double NO_ROOM = 1.0;
  /** No layout wraps lines shorter than this: below it a short line is a title, a cell or a signature. */
  private static final int MIN_FULL_LINE = 40;

  static Normalized normalize(RawText raw) {
    String text = raw.text();
    int[] starts = raw.lineStarts();
    List<Piece> lines = new ArrayList<>(starts.length);
    boolean boldOpen = false;
    for (int i = 0; i < starts.length; i++) {
      int end = i + 1 < starts.length ? starts[i + 1] : text.length();
      int contentEnd = end;
      while (contentEnd > starts[i] && (text.charAt(contentEnd - 1) == '\n' || text.charAt(contentEnd - 1) == '\r')) {
        contentEnd--;
      }
      MappedLine line = MappedLine.of(text, starts[i], contentEnd);
      line = UnicodeCleanup.nfc(line);
      line = MarkupCleanup.apply(line, boldOpen);
      boldOpen = line.boldOpen;
      line = UnicodeCleanup.spaces(line);
      if (line.isEmpty()) {
        boldOpen = false;
      }
      Piece piece = new Piece(line, contentEnd);
      piece.soft = raw.softBreaks().get(i);
      lines.add(piece);
    }
    if (raw.pageStartLines().length > 0) {
      dropPageNumbers(lines, raw.pageStartLines());
    }
    List<Piece> joined = joinWrappedLines(lines);
    Normalized built = build(joined, starts);
    if (raw.tables().isEmpty()) {
      return built;
    }
    return new Normalized(built.text(), built.lines(), built.positions(),
        place(raw.tables(), built.text(), built.positions()));
  }

  /** A normalized line and the raw offset of the line break that ended it (where its newline maps). */
  private static final class Piece {
    MappedLine line;
    int breakSrc;
    /** Length of the last physical line joined into this one: what the full-line rule measures. */
    int lastLength;
    /** The format says this line continues the paragraph of the line before (a PDF layout wrap). */
    boolean soft;

    Piece(MappedLine line, int breakSrc) {
      this.line = line;
      this.breakSrc = breakSrc;
      this.lastLength = line.length();
    }
  }

  private static void dropPageNumbers(List<Piece> lines, int[] pageStarts) {
    for (int p = 0; p < pageStarts.length; p++) {
      int from = pageStarts[p];
      int to = p + 1 < pageStarts.length ? pageStarts[p + 1] : lines.size();
      clearIfPageNumber(lines, firstNonEmpty(lines, from, to));
      clearIfPageNumber(lines, lastNonEmpty(lines, from, to));
    }
  }

  private static int firstNonEmpty(List<Piece> lines, int from, int to) {
    for (int i = from; i < to && i < lines.size(); i++) {
      if (!lines.get(i).line.isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static int lastNonEmpty(List<Piece> lines, int from, int to) {
    for (int i = Math.min(to, lines.size()) - 1; i >= from; i--) {
      if (!lines.get(i).line.isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  private static void clearIfPageNumber(List<Piece> lines, int index) {
    if (index >= 0 && PAGE_NUMBER.matcher(lines.get(index).line).matches()) {
      lines.get(index).line.clear();
    }
  }

  private static List<Piece> joinWrappedLines(List<Piece> lines) {
    int fullLine = typicalLength(lines);
    List<Piece> out = new ArrayList<>(lines.size());
    Piece current = null;
    int blanks = 0;
    for (Piece piece : lines) {
      MappedLine line = piece.line;
      if (line.isEmpty()) {
        blanks++;
        out.add(piece);
        continue;
      }
      boolean joins = current != null
          && (blanks == 0
              ? piece.soft || continues(current.line, current.lastLength, line, fullLine)
              : resumes(current.line, line));
      if (joins && blanks > 0) {
        out.subList(out.size() - blanks, out.size()).clear();
      }
      blanks = 0;
      if (joins) {
        MappedLine merged = current.line.derived(current.line.length() + line.length() + 1);
        merged.append(current.line, 0, current.line.length());
        if (isHyphenBreak(current.line, line)) {
          // "42-\nNQ/TW" and "kinh tế-\nxã hội" keep their hyphen; a word a layout hyphenated
          // ("inter-\nnational") loses it.
          if (Character.isLowerCase(line.charAt(0)) && Character.isLowerCase(current.line.charAt(current.line.length() - 2))
              && !isVietnameseSyllableEnd(current.line)) {
            merged = current.line.derived(current.line.length() + line.length());
            merged.append(current.line, 0, current.line.length() - 1);
          }
        } else {
          merged.append(' ', current.breakSrc, false);
        }
        merged.append(line, 0, line.length());
        current.line = merged;
        current.breakSrc = piece.breakSrc;
        current.lastLength = line.length();
        continue;
      }
      current = new Piece(line, piece.breakSrc);
      out.add(current);
    }
    return out;
  }

  /**
   * True when {@code next}, after a blank line, still goes on the sentence {@code prev} left unfinished: a
   * page or paragraph break that Word put in mid-sentence ("về một" / "số giải pháp"). Only a lower-case
   * start counts, and never after a title in capitals.
   */
  private static boolean resumes(MappedLine prev, MappedLine next) {
    if (prev.headingLevel > 0 || next.headingLevel > 0 || ITEM_START.matcher(next).lookingAt()) {
      return false;
    }
    char last = prev.charAt(prev.length() - 1);
    if (Character.isDigit(next.charAt(0)) && DANGLING_COMPARATOR.matcher(prev).find()) {
      return true; // "... tuổi thọ trung bình khoảng" / "" / "75 tuổi": the comparator waits for its number
    }
    return SENTENCE_END.indexOf(last) < 0 && Character.isLowerCase(next.charAt(0)) && !Letters.isCapitals(prev);
  }

  /** True when {@code next} goes on the sentence that {@code prev} left unfinished. */
  private static boolean continues(MappedLine prev, int prevLastLength, MappedLine next, int fullLine) {
    if (prev.headingLevel > 0 || next.headingLevel > 0 || ITEM_START.matcher(next).lookingAt()) {
      return false;
    }
    if (prev.boldOpen && !prev.hardBreak) {
      return true; // one bold run wrapped over two lines: "**I. MỤC ĐÍCH," / "YÊU CẦU**"
    }
    char last = prev.charAt(prev.length() - 1);
    if (Character.isLowerCase(next.charAt(0))) {
      // A clause after ';' or ':' goes on in lower case ("...68 năm;" / "nâng cao chỉ số ..."): one sentence.
      return SENTENCE_END.indexOf(last) < 0 || last == ';' || last == ':' || isHyphenBreak(prev, next);
    }
    if (prev.hardBreak || SENTENCE_END.indexOf(last) >= 0) {
      return false;
    }
    return isHyphenBreak(prev, next) || NUMBER_GOING_ON.matcher(next).lookingAt() || wrapped(prevLastLength, next, fullLine);
  }

  /**
   * Whether a layout broke the line because the next word did not fit: the line is long, and it plus the
   * next line's first word would have gone past a typical full line. A heading of 60 characters followed by
   * "Thực hiện ..." had room for "Thực", so its author ended it.
   */
  private static boolean wrapped(int length, MappedLine next, int fullLine) {
    if (length < MIN_FULL_LINE || length < fullLine * FULL_LINE) {
      return false;
    }
    int word = 0;
    while (word < next.length() && !Character.isWhitespace(next.charAt(word))) {
      word++;
    }
    return length + 1 + word > fullLine * NO_ROOM;
  }

  private static boolean isHyphenBreak(MappedLine prev, MappedLine next) {
    int n = prev.length();
    return n >= 2 && prev.charAt(n - 1) == '-' && Character.isLetterOrDigit(prev.charAt(n - 2))
        && Character.isLetterOrDigit(next.charAt(0));
  }

  /**
   * Whether the word before a line-end hyphen is a whole Vietnamese syllable (it has a tone or vowel mark),
   * in which case the hyphen joins two words and stays.
   */
  private static boolean isVietnameseSyllableEnd(MappedLine prev) {
    for (int i = prev.length() - 2; i >= 0 && Character.isLetter(prev.charAt(i)); i--) {
      char c = prev.charAt(i);
      if (c > 0x7F) { // Vietnamese letters beyond ASCII all carry a mark: ă â đ ê ô ơ ư or a tone
        return true;
      }
    }
    return false;
  }

  /** The 90th percentile of non-empty line lengths: what a full line of this layout holds. */
  private static int typicalLength(List<Piece> lines) {
    int[] lengths = lines.stream().filter(p -> !p.line.isEmpty()).mapToInt(p -> p.line.length()).toArray();
    if (lengths.length == 0) {
      return Integer.MAX_VALUE;
    }
    Arrays.sort(lengths);
    return lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
  }

  /** The bold ranges of a line that starts at {@code start} in the text. */
  private static List<Range> boldRanges(MappedLine line, int start) {
    List<Range> bold = new ArrayList<>();
    int boldStart = -1;
    for (int k = 0; k < line.length(); k++) {
      // A space between two bold runs ("**II. MỤC** **TIÊU**") belongs to the bold text.
      boolean isBold = line.boldAt(k) || (line.charAt(k) == ' ' && k > 0 && k + 1 < line.length()
          && line.boldAt(k - 1) && line.boldAt(k + 1));
      if (isBold && boldStart < 0) {
        boldStart = start + k;
      } else if (!isBold && boldStart >= 0) {
        bold.add(new Range(boldStart, start + k));
        boldStart = -1;
      }
    }
    if (boldStart >= 0) {
      bold.add(new Range(boldStart, start + line.length()));
    }
    return bold;
  }

  private static Normalized build(List<Piece> pieces, int[] rawLineStarts) {
    int first = 0;
    while (first < pieces.size() && pieces.get(first).line.isEmpty()) {
      first++;
    }
    int last = pieces.size() - 1;
    while (last >= first && pieces.get(last).line.isEmpty()) {
      last--;
    }
    StringBuilder text = new StringBuilder();
    PositionMap.Builder map = new PositionMap.Builder();
    List<TextLine> lines = new ArrayList<>();
    boolean previousEmpty = false;
    for (int i = first; i <= last; i++) {
      Piece piece = pieces.get(i);
      MappedLine line = piece.line;
      if (line.isEmpty() && previousEmpty) {
        continue;
      }
      previousEmpty = line.isEmpty();
      if (!lines.isEmpty()) {
        text.append('\n');
        map.append(pieces.get(i - 1).breakSrc);
      }
      int start = text.length();
      line.appendTo(text);
      for (int k = 0; k < line.length(); k++) {
        map.append(line.sourceAt(k));
      }
      lines.add(new TextLine(start, text.length(), line.headingLevel, line.anyBold() ? boldRanges(line, start)
          : List.of()));
    }
    String all = text.toString();
    PositionMap positions = map.build(rawLineStarts);
    return new Normalized(all, lines, positions, List.of());
  }

  /** The markup's tables with their cells placed in the normalized text. */
  static List<MarkupTable> place(List<RawTable> tables, String text, PositionMap positions) {
    List<MarkupTable> out = new ArrayList<>();
    for (RawTable t : tables) {
      List<List<MarkupTable.Cell>> rows = new ArrayList<>();
      for (List<RawTable.Cell> row : t.rows()) {
        List<MarkupTable.Cell> cells = new ArrayList<>();
        for (RawTable.Cell c : row) {
          int start = positions.normalizedOffset(c.start());
          int end = Math.max(start, positions.normalizedOffset(c.end()));
          while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
          }
          while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
          }
          cells.add(new MarkupTable.Cell(new Range(start, end), c.colSpan(), c.rowSpan(), c.header(), c.spansKnown()));
        }
        rows.add(cells);
      }
      out.add(new MarkupTable(rows));
    }
    return out;
  }
}
