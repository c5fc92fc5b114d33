package io.nqx.tasks;

import io.nqx.text.Prefiltered;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When work is due or recurs, as a passage writes it, normalized: a date "2025-06-30", a month "2024-04", a
 * quarter "2026-Q2", a year "2025", "yearly:11-15" (a day and month each year), "yearly", "semiannual",
 * "quarterly", "monthly", "ongoing" ("thường xuyên", "hằng ngày"); "định kỳ" alone is kept as written with no
 * normalized value. The first time expression of a passage is its deadline; dates that belong to a cited
 * document ("Nghị quyết số 29/2025/NQ-HĐND ngày 09/12/2025"), to a period ("giai đoạn 2026-2030") or to a quoted
 * title are none. Pure functions.
 */
public final class Deadlines {
  private Deadlines() {}

  /** A time expression: the words as written, where they stand, and the normalized value (null for "định kỳ"). */
  public record Deadline(String text, String value, int start, int end) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String ROMAN_OR_DIGIT = "(IV|I{1,3}|[1-4])";
  private static final String YEAR = "((?:19|20)\\d\\d)";

  /**
   * A pattern, its kind, and words one of which every match holds (lower case; empty: none to check), so that
   * a passage without them is not scanned for it: the same matches, found sooner.
   */
  private record Rule(Prefiltered pattern, Kind kind, List<String> needs) {
    boolean mayMatch(Passage passage) {
      if (needs.isEmpty()) {
        return true;
      }
      for (String w : needs) {
        if (passage.contains(w)) {
          return true;
        }
      }
      return false;
    }
  }

  private enum Kind { YEARLY_DAY, DATE, DATE_WORDS, DAY_MONTH, QUARTER, MONTH, MONTH_SLASH, YEAR, SEMIANNUAL, QUARTERLY,
    MONTHLY, YEARLY, ONGOING, PERIODIC }

  private static final String BEFORE = "(?:(?:hoàn thành|xong|hoàn thành xong)\\s+)?(?:(?:trong|trước|chậm nhất|muộn nhất|"
      + "hạn chót|đến|hết|cuối|đầu|vào|từ nay đến|trước hoặc trong)\\s+)?(?:(?:ngày|hết)\\s+)?";

  /** The words a match that opens with {@link #BEFORE} may begin with (or it begins at its own first word). */
  private static final List<String> BEFORE_WORDS = List.of("hoàn thành", "xong", "trong", "trước", "chậm nhất",
      "muộn nhất", "hạn chót", "đến", "hết", "cuối", "đầu", "vào", "từ nay đến", "ngày");
  private static final List<String> EVERY = List.of("định kỳ", "hằng", "hàng", "mỗi");

  /**
   * More specific first: at one start the longest match wins anyway, this order breaks ties. Each rule names
   * the words its matches can begin with, and whether they can begin with a digit: it is tried only there.
   */
  private static final List<Rule> RULES = List.of(
      rule(BEFORE + "(\\d{1,2})[/.-](\\d{1,2})\\s+(?:hằng|hàng|mỗi)\\s+năm", Kind.YEARLY_DAY, BEFORE_WORDS, true, "năm"),
      rule(BEFORE + "(\\d{1,2})[/.-](\\d{1,2})[/.-]" + YEAR + "(?![\\d/])", Kind.DATE, BEFORE_WORDS, true),
      rule(BEFORE + "(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+" + YEAR, Kind.DATE_WORDS, BEFORE_WORDS, true, "tháng"),
      rule(BEFORE + "quý\\s+" + ROMAN_OR_DIGIT + "(?:\\s*(?:/|năm|-)\\s*" + YEAR + ")?(?![\\p{L}\\d])", Kind.QUARTER,
          plus(BEFORE_WORDS, "quý"), false, "quý"),
      rule(BEFORE + "tháng\\s+(\\d{1,2})\\s*(?:/|năm|-)\\s*" + YEAR, Kind.MONTH, plus(BEFORE_WORDS, "tháng"), false,
          "tháng"),
      rule("(?:định kỳ|hằng|hàng|mỗi)\\s+(?:6|sáu)\\s+tháng(?:\\s+(?:một|1)\\s+lần|\\s*/\\s*lần)?"
          + "|(?:6|sáu)\\s+tháng\\s*(?:(?:một|1)\\s+lần|/\\s*lần)", Kind.SEMIANNUAL, plus(EVERY, "sáu"), true, "tháng"),
      rule("(?:định kỳ\\s+)?(?:hằng|hàng|mỗi|theo)\\s+quý", Kind.QUARTERLY, plus(EVERY, "theo"), false, "quý"),
      rule("(?:định kỳ\\s+)?(?:hằng|hàng|mỗi)\\s+tháng", Kind.MONTHLY, EVERY, false, "tháng"),
      rule("(?:định kỳ\\s+)?(?:hằng|hàng|mỗi)\\s+năm|định kỳ\\s+năm", Kind.YEARLY, EVERY, false, "năm"),
      rule("thường xuyên|hằng ngày|hàng ngày|nhiệm vụ thường xuyên", Kind.ONGOING,
          List.of("thường xuyên", "hằng ngày", "hàng ngày", "nhiệm vụ thường xuyên"), false, "thường xuyên", "ngày"),
      rule("(?:(?:hoàn thành|xong)\\s+)?(?:trong|đến|trước|hết|cuối|từ nay đến|vào|trước hoặc trong)"
          + "\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?" + YEAR + "(?![\\d/-])", Kind.YEAR,
          List.of("hoàn thành", "xong", "trong", "đến", "trước", "hết", "cuối", "từ nay đến", "vào"), false),
      rule(BEFORE + "(\\d{1,2})[/.](\\d{1,2})(?![\\d/.])", Kind.DAY_MONTH, BEFORE_WORDS, true),
      rule("định kỳ", Kind.PERIODIC, List.of("định kỳ"), false, "định kỳ"));

  /** For each rule, the first rule that begins at the same words (whose candidates it can use). */
  private static final int[] CANDIDATES_OF = new int[RULES.size()];

  static {
    for (int r = 0; r < RULES.size(); r++) {
      int k = 0;
      while (!RULES.get(k).pattern().listsAs(RULES.get(r).pattern())) {
        k++;
      }
      CANDIDATES_OF[r] = k;
    }
  }

  private static List<String> plus(List<String> words, String... more) {
    List<String> all = new ArrayList<>(words);
    all.addAll(List.of(more));
    return all;
  }

  /**
   * A rule's pattern behind a one-character guard: every rule's match starts with a digit or with one of these
   * letters (of "hoàn thành", "xong", "trong", "trước", "chậm nhất", "muộn nhất", "hạn chót", "đến", "hết",
   * "cuối", "đầu", "vào", "từ", "ngày", "quý", "tháng", "định kỳ", "hằng", "mỗi", "sáu", "nhiệm vụ"), at the
   * start of a word (a match inside a word was skipped anyway). The pattern is tried only where one of its
   * first words or a digit starts ({@link Prefiltered}): trying the optional words in front at every word
   * start was most of the task stage's time, by JFR.
   */
  private static Rule rule(String regex, Kind kind, List<String> firstWords, boolean digits, String... needs) {
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])(?=[\\dhxtcmđvnqs])(?:" + regex + ")", FLAGS);
    return new Rule(digits ? Prefiltered.atDigitsOrWords(p, firstWords) : Prefiltered.atWords(p, firstWords), kind,
        List.of(needs));
  }

  /** Words before a date that make it a cited document's ("số 29/2025/NQ-HĐND ngày 09/12/2025"). */
  private static final Pattern CITATION_BEFORE = Pattern.compile(
      "(?:\\d+[-/][\\p{L}\\d/Đđ-]*[\\p{L}]|số\\s+\\S+|ký|ban hành|thông qua)\\s*,?\\s*(?:ngày\\s*)?$", FLAGS);
  private static final Pattern PERIOD_BEFORE = Pattern.compile(
      "(?:giai đoạn|nhiệm kỳ|thời kỳ|khóa|khoá|tầm nhìn|kế hoạch\\s+\\d+\\s+năm)\\s*(?:đến\\s*)?(?:năm\\s*)?$", FLAGS);
  /** A period "2026-2030", "2025 - 2027" right after the year: a period's bounds, not a date. */
  private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-–]\\s*(?:19|20)\\d\\d");

  /** The first time expression of {@code text[from, to)}, or null. */
  public static Deadline first(String text, int from, int to, Integer documentYear) {
    return first(Passage.of(text, from, to), documentYear);
  }

  /** The first time expression of a passage, or null. */
  static Deadline first(Passage passage, Integer documentYear) {
    List<Deadline> all = all(passage, documentYear);
    if (all.isEmpty()) {
      return null;
    }
    Deadline first = all.get(0);
    if (first.value() == null && all.size() > 1 && all.get(1).start() - first.end() <= 3) {
      return all.get(1); // "định kỳ (ngày 15/11 hàng năm)": the date says it
    }
    return first;
  }

  /** The deadline a whole table cell or label gives ("Tháng 12/2025", "12/2025", "2025", "Thường xuyên"). */
  public static Deadline ofCell(String cell, Integer documentYear) {
    String s = cell.strip();
    Matcher monthSlash = Pattern.compile("^(?:(?:hoàn thành|trước|trong)\\s+)?(\\d{1,2})\\s*/\\s*" + YEAR + "$", FLAGS)
        .matcher(s);
    if (monthSlash.find()) {
      return new Deadline(s, month(monthSlash.group(2), monthSlash.group(1)), 0, s.length());
    }
    Matcher bare = Pattern.compile("^(?:năm\\s+)?" + YEAR + "(?:\\s*[-–]\\s*" + YEAR + ")?$", FLAGS).matcher(s);
    if (bare.find()) {
      return new Deadline(s, bare.group(2) != null ? bare.group(2) : bare.group(1), 0, s.length());
    }
    Matcher leading = Pattern.compile("^(?:năm\\s+)?" + YEAR + "(?![\\d/-])", FLAGS).matcher(s);
    if (leading.find()) {
      return new Deadline(s.substring(0, leading.end()), leading.group(1), 0, leading.end()); // "Năm 2026 (sau khi ...)"
    }
    Matcher ongoing = Pattern.compile("^(?:nhiệm vụ\\s+)?(?:thường xuyên|hằng ngày|hàng ngày)", FLAGS).matcher(s);
    if (ongoing.find()) {
      return new Deadline(s.substring(0, ongoing.end()), "ongoing", 0, ongoing.end());
    }
    return first(s, 0, s.length(), documentYear);
  }

  static List<Deadline> all(Passage passage, Integer documentYear) {
    String text = passage.text();
    int from = passage.from();
    int to = passage.to();
    List<Deadline> found = new ArrayList<>();
    List<int[]> blocked = new ArrayList<>(); // spans of cited documents' dates: nothing inside them is a deadline
    boolean[] quoted = quoted(text, from, to);
    boolean[] cited = passage.cited();
    BitSet[] starts = new BitSet[RULES.size()]; // by CANDIDATES_OF: rules alike list their candidates once
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      if (!rule.mayMatch(passage)) {
        continue;
      }
      int k = CANDIDATES_OF[r];
      if (starts[k] == null) {
        starts[k] = rule.pattern().candidates(passage.lower(), from, to);
      }
      for (MatchResult m : rule.pattern().findAll(text, passage.lower(), from, to, starts[k])) {
        if (m.start() > from && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
          continue; // inside a word
        }
        if (quoted[m.start() - from] || cited[Math.min(cited.length - 1, m.start() - from)]) {
          continue; // a quoted title's words, or a cited document's date or title
        }
        if (rule.kind() == Kind.ONGOING && m.group().toLowerCase(Locale.ROOT).endsWith("thường xuyên")
            && !schedule(text, m.start(), m.end(), from, to)) {
          continue; // "giáo dục thường xuyên", "trợ cấp thường xuyên": a kind of thing, not when work recurs
        }
        if (rule.kind() == Kind.YEARLY && ANNUAL_THING.matcher(text.substring(Math.max(from, m.start() - 25), m.start()))
            .find()) {
          continue; // "kế hoạch 5 năm và hằng năm": annual plans, not a yearly duty
        }
        String before = text.substring(Math.max(from, m.start() - 40), m.start());
        if ((rule.kind() == Kind.DATE || rule.kind() == Kind.DATE_WORDS || rule.kind() == Kind.DAY_MONTH)
            && CITATION_BEFORE.matcher(before).find()) {
          blocked.add(new int[] {m.start(), m.end()});
          continue;
        }
        if (rule.kind() == Kind.YEAR && (PERIOD_BEFORE.matcher(before).find()
            || RANGE_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 8))).find()
            || text.substring(Math.max(from, m.start() - 4), m.start()).matches(".*[-–/]\\s*"))) {
          continue;
        }
        if (rule.kind() == Kind.DATE && RANGE_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 12)))
            .find()) {
          continue;
        }
        if ((rule.kind() == Kind.DATE || rule.kind() == Kind.DAY_MONTH)
            && text.substring(Math.max(from, m.start() - 2), m.start()).matches(".*[-–]\\s*")) {
          continue; // the end of a span of dates
        }
        if (rule.kind() == Kind.DATE && text.substring(m.end(), Math.min(to, m.end() + 3)).matches("^\\s*[-–].*")) {
          continue; // "27/7/1947-27/7/2027": an anniversary's span
        }
        String value = value(rule.kind(), m, documentYear);
        if (value == null && rule.kind() != Kind.PERIODIC) {
          continue;
        }
        found.add(new Deadline(text.substring(m.start(), m.end()).strip(), value, m.start(), m.end()));
      }
    }
    found.removeIf(d -> blocked.stream().anyMatch(b -> d.start() >= b[0] && d.end() <= b[1]));
    // At one start the longest reading; then in text order.
    found.sort(Comparator.comparingInt(Deadline::start).thenComparing(d -> -(d.end() - d.start())));
    List<Deadline> out = new ArrayList<>();
    int covered = -1;
    for (Deadline d : found) {
      if (d.start() >= covered) {
        out.add(d);
        covered = d.end();
      }
    }
    return out;
  }

  private static String value(Kind kind, MatchResult m, Integer documentYear) {
    switch (kind) {
      case YEARLY_DAY -> {
        return day(m.group(1), m.group(2)) == null ? null
            : "yearly:" + two(m.group(2)) + "-" + two(m.group(1));
      }
      case DATE, DATE_WORDS -> {
        return day(m.group(1), m.group(2)) == null ? null
            : m.group(3) + "-" + two(m.group(2)) + "-" + two(m.group(1));
      }
      case DAY_MONTH -> {
        if (documentYear == null || day(m.group(1), m.group(2)) == null) {
          return null;
        }
        return documentYear + "-" + two(m.group(2)) + "-" + two(m.group(1)); // "trước 30/6": this year's
      }
      case QUARTER -> {
        String year = m.group(2) != null ? m.group(2) : documentYear != null ? documentYear.toString() : null;
        return year == null ? null : year + "-Q" + quarter(m.group(1));
      }
      case MONTH, MONTH_SLASH -> {
        return month(m.group(2), m.group(1));
      }
      case YEAR -> {
        return m.group(1);
      }
      case SEMIANNUAL -> {
        return "semiannual";
      }
      case QUARTERLY -> {
        return "quarterly";
      }
      case MONTHLY -> {
        return "monthly";
      }
      case YEARLY -> {
        return "yearly";
      }
      case ONGOING -> {
        return "ongoing";
      }
      default -> {
        return null;
      }
    }
  }

  private static String month(String year, String month) {
    int mo = Integer.parseInt(month);
    return mo < 1 || mo > 12 ? null : year + "-" + two(month);
  }

  private static String day(String day, String month) {
    int d = Integer.parseInt(day);
    int mo = Integer.parseInt(month);
    return d < 1 || d > 31 || mo < 1 || mo > 12 ? null : "ok";
  }

  private static String two(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  private static int quarter(String q) {
    return switch (q.toUpperCase(Locale.ROOT)) {
      case "I", "1" -> 1;
      case "II", "2" -> 2;
      case "III", "3" -> 3;
      default -> 4;
    };
  }

  /** Words before "hằng năm" that make it a kind of document: annual plans, budgets. */
  private static final Pattern ANNUAL_THING = Pattern.compile("(?:kế hoạch|chương trình|ngân sách|dự toán)"
      + "(?:\\s+[\\p{L}\\d]+){0,3}\\s*$", FLAGS);
  /** Verbs that "thường xuyên" schedules when it stands right before them. */
  private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(?:kiểm tra|đôn đốc|theo dõi|lắng nghe|cập nhật|tổ chức|"
      + "rà soát|báo cáo|tuyên truyền|giám sát|phối hợp|quan tâm|chỉ đạo|hướng dẫn|thông tin|trao đổi|củng cố|bồi dưỡng|"
      + "đánh giá|nắm|phản ánh|thực hiện|triển khai|tập huấn|làm|quán triệt|chăm lo|đổi mới|nâng cao|tham mưu)", FLAGS);

  /**
   * Whether "thường xuyên" says when work recurs: right before a verb ("thường xuyên kiểm tra"), or among manner
   * words after one ("tuyên truyền sâu rộng, thường xuyên, liên tục"); not as part of a noun.
   */
  private static boolean schedule(String text, int start, int end, int from, int to) {
    if (VERB_AFTER.matcher(text.substring(end, Math.min(to, end + 40))).find()) {
      return true;
    }
    String before = text.substring(Math.max(from, start - 3), start);
    String after = text.substring(end, Math.min(to, end + 12));
    return before.matches(".*,\\s*$") && after.matches("^\\s*(?:[,;.]|và\\s|liên tục).*");
  }

  /** Which offsets of [from, to) stand inside quotation marks (a document's or a movement's title). */
  private static boolean[] quoted(String text, int from, int to) {
    boolean[] out = new boolean[Math.max(0, to - from) + 1];
    boolean in = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '“') {
        in = true;
      } else if (c == '”') {
        in = false;
      } else if (c == '"') {
        in = !in;
      }
      out[i - from] = in;
    }
    return out;
  }
}
