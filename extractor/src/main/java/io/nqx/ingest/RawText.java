package io.nqx.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Text as a format gave it, before normalization: for .txt/.md the decoded file, for other formats the
 * parser's output written as light Markdown ({@code #} for headings, {@code **} for bold, a blank line between
 * paragraphs) so that one normalizer serves every format.
 *
 * @param text the text, lines separated by {@code \n}, {@code \r\n} or {@code \r}
 * @param pageStartLines 0-based line indexes at which a new page starts (empty when the format has no pages)
 * @param softBreaks 0-based indexes of lines that continue the line before inside one paragraph, as a PDF
 *     layout wrapped them (empty for formats whose line breaks are the author's)
 * @param tables the tables the markup defined, their cells as raw offsets (empty for plain text)
 * @param ocrWords the words read by OCR, as raw ranges with their confidence (none when no page was)
 * @param ocrPages the pages read by OCR
 */
record RawText(String text, int[] pageStartLines, BitSet softBreaks, List<RawTable> tables, OcrWords ocrWords,
    List<OcrPage> ocrPages) {

  RawText {
    tables = List.copyOf(tables);
    ocrPages = List.copyOf(ocrPages);
  }

  RawText(String text, int[] pageStartLines, BitSet softBreaks, List<RawTable> tables) {
    this(text, pageStartLines, softBreaks, tables, OcrWords.NONE, List.of());
  }

  RawText(String text, int[] pageStartLines, BitSet softBreaks) {
    this(text, pageStartLines, softBreaks, List.of());
  }

  static RawText unpaged(String text) {
    return new RawText(text, new int[0], new BitSet());
  }

  /** The same markup with another text of the same length (a legacy encoding read as what it is). */
  RawText withText(String sameLength) {
    return new RawText(sameLength, pageStartLines, softBreaks, tables, ocrWords, ocrPages);
  }

  /** Offsets at which each line starts; a line ends at the next line break. */
  int[] lineStarts() {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        starts.add(i + 1);
      }
    }
    int[] out = new int[starts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = starts.get(i);
    }
    return out;
  }
}
