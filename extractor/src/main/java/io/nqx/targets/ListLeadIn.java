package io.nqx.targets;

import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line that introduces the list a line stands in: walking back over the list's items to the line ending
 * in a colon ("Xã ... là xã đáp ứng ít nhất 01 trong 02 tiêu chí sau đây:"), within the line's own section. What
 * a list is of (criteria, targets, support amounts) is often said only there.
 */
final class ListLeadIn {
  private ListLeadIn() {}

  /** How far back a list's items are followed. */
  private static final int MAX_LINES = 40;
  private static final Pattern ITEM = Pattern.compile(
      "^(?:[-+•*–]\\s|\\(?\\d{1,2}[.)]\\s|\\(\\d{1,2}\\)|[a-zđ][).]\\s|[ivx]{1,4}[.)]\\s)");

  /** The lead-in of the list {@code line} stands in, or "" when it stands in none. */
  static String of(SourceText text, TextLine line, Section section) {
    List<TextLine> lines = text.lines();
    int index = text.lineIndexAt(line.start());
    for (int i = index - 1, seen = 0; i >= 0 && seen < MAX_LINES; i--) {
      TextLine previous = lines.get(i);
      if (previous.isEmpty()) {
        continue;
      }
      if (previous.start() < section.start()) {
        return "";
      }
      seen++;
      String s = text.lineText(previous).strip();
      if (s.endsWith(":")) {
        return s;
      }
      if (!ITEM.matcher(s).find()) {
        return ""; // a paragraph: the line is no item of a list introduced above it
      }
    }
    return "";
  }
}
