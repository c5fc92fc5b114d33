package io.nqx.citations;

import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which cited documents a document implements: in its title and opening (the matter before its first
 * heading), those a clause cites after "thực hiện", "triển khai thực hiện", "cụ thể hóa", "quán triệt" (and
 * before the clause's own subject: "..., Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình ..."), and the Party
 * resolutions, conclusions and directives its "Căn cứ" lines name. A cue inside a cited document's title
 * ("Nghị quyết số 71/NQ-CP ... Chương trình hành động ... thực hiện Nghị quyết số 57-NQ/TW") is that
 * document's, not this one's. Pure function.
 */
final class Implements {
  private Implements() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:tiếp tục\\s+)?(?:triển khai\\s+)?(?:thực hiện|"
      + "cụ thể hóa|cụ thể hoá|quán triệt(?:\\s+và\\s+triển khai)?)(?![\\p{L}])", FLAGS);
  /**
   * What may stand before a cue in its clause: nothing ("Thực hiện Nghị quyết ..."), a purpose ("Để triển
   * khai ..."), or the document's own title ("CHƯƠNG TRÌNH CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH thực hiện ...",
   * "Ban hành Chương trình hành động của Chính phủ thực hiện ..."). Anything else tells of something else:
   * "Sau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW, ..." is a look back.
   */
  private static final Pattern OPENS = Pattern.compile("(?:(?:để|nhằm|đồng thời|và)\\s*)?|(?:(?:ban hành|phê duyệt)\\s+)?"
      + "(?:chương trình|kế hoạch|nghị quyết|quyết định|đề án|chỉ thị|kết luận|hướng dẫn|chiến lược)(?![\\p{L}])"
      + "[^\\d;:.]{0,160}", FLAGS);
  /**
   * A grounds line names its documents at once ("Căn cứ Nghị quyết số 57-NQ/TW ...", "Căn cứ vào Chỉ thị
   * ..."); "Căn cứ tiểu mục 4 Mục I Nghị quyết 68-NQ/TW ... có nêu rõ:" quotes a passage, it carries out nothing.
   */
  private static final Pattern ANY_GROUNDS = Pattern.compile("^[\\s*_>-]*căn cứ(?![\\p{L}])", FLAGS);
  private static final Pattern GROUNDS = Pattern.compile("^[\\s*_>-]*căn cứ(?:\\s+vào)?\\s+(?:các\\s+)?(?=(?:nghị quyết|"
      + "kết luận|chỉ thị|quy định|kế hoạch|chương trình|quyết định|nghị định|thông tư|luật|hướng dẫn|văn bản|công văn)"
      + "(?![\\p{L}]))", FLAGS);
  /**
   * Where the documents a cue names end: where the clause's own subject begins after its grounds (", Ban Chấp
   * hành Đảng bộ tỉnh ban hành ..."), or its sentence or paragraph ends.
   */
  private static final Pattern OWN_CLAUSE = Pattern.compile(",\\s*[\\p{Lu}][\\p{L}]*(?:\\s+[\\p{L}]+){0,9}?\\s+(?:ban hành|xây dựng|"
      + "thống nhất|quyết định|quyết nghị)(?![\\p{L}])|\\.(?=\\s+\\p{Lu})|\\n[^\\p{L}\\n]*\\n");

  static List<String> of(SourceText source, Outline outline, List<Citation> citations) {
    String text = source.text();
    Set<String> out = new LinkedHashSet<>();
    for (Range zone : opening(source, outline)) {
      int lineIndex = source.lineIndexAt(zone.start());
      int lastLine = source.lineIndexAt(Math.max(zone.start(), zone.end() - 1));
      for (int i = lineIndex; i <= lastLine; i++) {
        var line = source.lines().get(i);
        if (!line.isEmpty() && GROUNDS.matcher(text).region(line.start(), line.end()).lookingAt()) {
          for (Citation c : citations) {
            if (mentionedIn(c, line.start(), line.end()) && c.symbol() != null
                && c.symbol().matches("(?i).*/(?:TW|T\\.?Ư)$")) {
              out.add(c.number()); // "Căn cứ Nghị quyết số 57-NQ/TW ...": a Party resolution it carries out
            }
          }
        }
      }
      Matcher cue = CUE.matcher(text).region(zone.start(), zone.end());
      while (cue.find()) {
        int clauseStart = clauseStart(text, zone.start(), cue.start());
        if (citedBetween(citations, clauseStart, cue.start())) {
          continue; // the cue stands in a cited document's title
        }
        if (ANY_GROUNDS.matcher(text).region(source.lineAt(cue.start()).start(), cue.start()).lookingAt()) {
          continue; // "Căn cứ ... thực hiện ...": read above
        }
        String before = text.substring(clauseStart, cue.start()).replaceAll("[*_#>|\\s]+", " ").strip();
        if (!OPENS.matcher(before).matches()) {
          continue;
        }
        Matcher own = OWN_CLAUSE.matcher(text).region(cue.end(), zone.end());
        int stop = own.find() ? own.start() : zone.end();
        var cueLine = source.lineAt(cue.start());
        if (text.charAt(cueLine.start()) == '#') {
          stop = Math.min(stop, cueLine.end()); // a Markdown heading ends with its line
        }
        for (Citation c : citations) {
          if (mentionedIn(c, cue.end(), stop)) {
            out.add(c.number());
          }
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The title and opening: the front matter and any text before the first heading. */
  private static List<Range> opening(SourceText source, Outline outline) {
    List<Range> out = new ArrayList<>();
    for (Section s : outline.sections()) {
      if (s.kind() == SectionKind.FRONT_MATTER || (s.id().startsWith("body") && s.children().isEmpty()
          && out.isEmpty())) {
        out.add(new Range(s.start(), s.end()));
      }
    }
    if (out.isEmpty()) {
      int lines = Math.min(source.lines().size(), 15);
      out.add(new Range(0, lines == 0 ? 0 : source.lines().get(lines - 1).end()));
    }
    return out;
  }

  /**
   * Where the clause holding {@code at} starts: after the last ";", sentence stop, blank line, or line that
   * ends a heading or a clause before it. A line break inside a wrapped sentence is none.
   */
  private static int clauseStart(String text, int from, int at) {
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';' || (c == '.' && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
      if (c == '\n') {
        int j = i - 1;
        while (j >= from && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
          j--;
        }
        if (j < from || text.charAt(j) == '\n' || ".;:!?*".indexOf(text.charAt(j)) >= 0) {
          return i + 1;
        }
      }
    }
    return from;
  }

  private static boolean citedBetween(List<Citation> citations, int from, int to) {
    return citations.stream().anyMatch(c -> mentionedIn(c, from, to));
  }

  private static boolean mentionedIn(Citation c, int from, int to) {
    for (Range r : c.mentions()) {
      if (r.start() >= from && r.start() < to) {
        return true;
      }
    }
    return false;
  }
}
