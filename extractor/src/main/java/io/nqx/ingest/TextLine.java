package io.nqx.ingest;

import java.util.List;

/**
 * One line of the normalized text with the layout hints that the source format gave and that the text itself
 * no longer shows: the Markdown or HTML heading level ({@code 0} when the line is no heading) and the ranges
 * that were bold. Section detection reads these; extraction rules read only the text.
 *
 * @param start offset of the first character of the line in the normalized text
 * @param end offset just past the last character (the newline is not part of the line)
 * @param headingLevel 1..6 for a Markdown {@code #} heading or an HTML/Word heading, else 0
 * @param bold ranges of the line that were bold, in normalized-text offsets, in order, not overlapping
 */
public record TextLine(int start, int end, int headingLevel, List<Range> bold) {
  public TextLine {
    bold = List.copyOf(bold);
  }

  public boolean isEmpty() {
    return start == end;
  }

  /** True when every character of the line is inside a bold range (a bold paragraph, typical of headings). */
  public boolean isBold() {
    if (isEmpty()) {
      return false;
    }
    int covered = 0;
    for (Range r : bold) {
      covered += r.length();
    }
    return covered == end - start;
  }

  /** True when the offset lies inside one of the bold ranges. */
  public boolean isBoldAt(int offset) {
    for (Range r : bold) {
      if (r.contains(offset)) {
        return true;
      }
    }
    return false;
  }
}
