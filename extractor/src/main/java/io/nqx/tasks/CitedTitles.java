package io.nqx.tasks;

import io.nqx.text.Prefiltered;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a text that name another document: its type and number ("Nghị quyết số 29/2025/NQ-HĐND",
 * "Kế hoạch số 30-KH/TU", "Chỉ thị 05-CT/TW"), its date and issuer, and its title up to the end of the clause
 * when one follows ("... của Hội đồng nhân dân tỉnh về ban hành quy định ... đến năm 2030"). A date or a
 * document named there is the cited document's, never a deadline or a deliverable of the passage.
 */
final class CitedTitles {
  private CitedTitles() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // (?=[...]): the first letters of the type words, so that other offsets fail at once (the same matches)
  private static final List<String> TYPES = List.of("nghị quyết", "quyết định", "kế hoạch", "chương trình", "chỉ thị",
      "kết luận", "thông tư", "nghị định", "luật", "công văn", "hướng dẫn", "đề án", "thông báo", "quy định", "pháp lệnh");
  /** Tried only where a type word starts ({@link Prefiltered}): the same matches. */
  private static final Prefiltered CITATION = Prefiltered.atWords(Pattern.compile("(?:" + String.join("|", TYPES)
      + ")\\s+(?:số\\s+)?\\d+[\\d/.]*(?:[-/][\\p{L}Đđ][\\p{L}\\d/.Đđ-]*)+", FLAGS), TYPES);
  /** A title after the number, date and issuer: "về ...", "ban hành ...", "quy định ...", a quotation. */
  private static final Pattern TITLE = Pattern.compile("^[^;.]{0,120}?\\s(?:về|ban hành|quy định|phê duyệt)\\s|^[^;.]{0,120}?“",
      FLAGS);
  private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*ngày\\s+[\\d/ ]+(?:tháng\\s+\\d+\\s+năm\\s+\\d{4})?",
      FLAGS);
  private static final Pattern CLAUSE_END = Pattern.compile(";|\\.(?=\\s|$)|\\)(?=\\s*[;.,])");

  /**
   * For each offset of [from, to), whether it stands in a cited document's number, date, issuer or title; {@code
   * lower} is the text in lower case ({@link Prefiltered#lower}).
   */
  static boolean[] mask(String text, String lower, int from, int to) {
    boolean[] out = new boolean[Math.max(0, to - from)];
    if (to <= from) {
      return out;
    }
    for (MatchResult m : CITATION.findAll(text, lower, from, to)) {
      int end = m.end();
      Matcher title = TITLE.matcher(text).region(m.end(), to);
      Matcher stop = CLAUSE_END.matcher(text).region(m.end(), to);
      int clauseEnd = stop.find() ? stop.start() : to;
      if (title.lookingAt() && title.end() <= clauseEnd) {
        end = clauseEnd;
      } else {
        // Only its date and issuer: "ngày 14/9/2025 của Tỉnh uỷ Lào Cai".
        Matcher date = DATE.matcher(text).region(m.end(), to);
        if (date.lookingAt()) {
          end = date.end();
        }
      }
      for (int i = m.start(); i < end; i++) {
        out[i - from] = true;
      }
    }
    return out;
  }
}
