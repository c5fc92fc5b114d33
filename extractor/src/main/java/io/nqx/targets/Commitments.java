package io.nqx.targets;

import io.nqx.facts.Genre;
import io.nqx.sections.SectionKind;
import io.nqx.sections.Subkind;
import io.nqx.text.PhraseSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a number is: a target the document commits to, or a result, a parameter a rule sets, a criterion,
 * or something else. Each cue the number's surroundings hold is evidence for one kind, with a weight: the part
 * of the document it stands in and the headings above it, the line that introduces its list, the words of its
 * sentence and clause, the words after it, its unit, the document's genre. A target needs evidence of a
 * commitment (a goal section or heading, "phấn đấu", a target year, ...) that outweighs every other kind's;
 * a number with no evidence for any kind is {@link Kind#OTHER}. Pure rules over the context.
 */
final class Commitments {
  private Commitments() {}

  /** Evidence a target must reach, and that no other kind may match. */
  private static final int TARGET_THRESHOLD = 3;
  /** Evidence any other kind must reach to be named. */
  private static final int KIND_THRESHOLD = 2;

  /**
   * What the rules read about one number.
   *
   * @param genre what kind of text the document is
   * @param documentYear the year of the document's date, or null
   * @param sectionKind the canonical part the number stands in
   * @param subkind under MỤC TIÊU, which kind of goal, else null
   * @param headings the titles of the headings above it, outermost first (for a table cell, then the table's
   *     caption, its column's header and its group rows)
   * @param tableYear the year its table row or column gives (a column "Năm 2030", a deadline), or null
   * @param leadIn the line that introduces the list it stands in ("... các tiêu chí sau đây:"), or ""
   * @param paragraph the whole line it stands in
   * @param sentenceBefore its sentence up to the number (comparator words included)
   * @param clauseBefore its clause up to the number, from the number before it when there is one
   * @param after the words after its unit, up to the next number or the clause's end
   * @param mention the number expression
   * @param unit the unit code it was given
   * @param named whether a taxonomy indicator names it
   * @param count whether it counts a noun ("05 dự án")
   * @param condition whether the words before it make it a condition of a class ("các xã có tỷ lệ ...")
   * @param qualifiesShare whether it stands inside the indicator phrase of a share just before it
   */
  record Context(Genre genre, Integer documentYear, SectionKind sectionKind, Subkind subkind, List<String> headings,
      Integer tableYear, String leadIn, String paragraph, String sentenceBefore, String clauseBefore, String after, Mention mention, String unit,
      boolean named, boolean count, boolean condition, boolean qualifiesShare) {}

  /** The kind and the cues that decided it, each written "kind:cue". */
  record Decision(Kind kind, List<String> evidence) {}

  // Commitment.
  private static final PhraseSet GOAL_WORDS = PhraseSet.of("phấn đấu", "mục tiêu", "chỉ tiêu", "hướng tới",
      "đề ra", "đặt ra", "kết quả cần đạt", "tầm nhìn");
  private static final PhraseSet GOAL_HEADINGS = PhraseSet.of("mục tiêu", "chỉ tiêu", "tầm nhìn", "kết quả cần đạt",
      "định hướng");
  private static final PhraseSet MOVES = PhraseSet.of("nâng", "tăng lên", "giảm xuống", "xuống dưới", "giảm còn",
      "hạ xuống", "kéo giảm", "phấn đấu giảm", "tăng thêm", "lên mức");
  private static final PhraseSet COMMITTING = PhraseSet.of("đạt", "bảo đảm", "đảm bảo", "duy trì", "hoàn thành",
      "thuộc nhóm", "tối thiểu", "ít nhất", "trở thành", "vào nhóm");
  private static final PhraseSet TASK_VERBS = PhraseSet.of("thực hiện", "hình thành", "xây dựng", "bố trí",
      "đào tạo", "bồi dưỡng", "số hóa", "triển khai", "phát triển", "thu hút", "kết nối", "cung cấp", "tổ chức",
      "hoàn thiện", "đầu tư", "nâng cấp", "phổ cập", "ứng dụng", "chuyển đổi", "cấp", "giải quyết", "tạo");

  // Result.
  private static final PhraseSet PAST = PhraseSet.of("đã", "đạt được", "hiện nay", "hiện có", "hiện tại",
      "hiện đang", "ước đạt", "ước tính", "ước thực hiện", "tính đến", "so với cùng kỳ", "tăng so với",
      "giảm so với", "thực hiện được", "đã đạt", "còn lại", "trước đây", "vừa qua");
  /** "chiếm": a share a statistic reports, and as often one a plan commits to ("chiếm tối thiểu 70%"). */
  private static final PhraseSet SHARE_OF = PhraseSet.of("chiếm");
  private static final PhraseSet RESULT_HEADINGS = PhraseSet.of("tình hình", "thực trạng", "kết quả đạt được",
      "kết quả thực hiện", "đánh giá", "bối cảnh", "lịch sử", "diễn biến", "số liệu");

  // Parameter.
  private static final PhraseSet RULE_AMOUNTS = PhraseSet.of("hỗ trợ", "mức hỗ trợ", "mức thu", "mức chi",
      "mức phạt", "phạt tiền", "phí", "lệ phí", "thuế", "lãi suất", "mức lương", "tiền lương", "lương", "phụ cấp",
      "trợ cấp", "tiền thưởng", "thưởng", "hệ số", "được hưởng", "hưởng", "miễn", "đơn giá", "định mức", "mức giá",
      "giá", "trích", "được tính", "tương đương", "chi trả", "bồi thường", "khấu trừ", "nộp", "đóng", "ưu đãi",
      "sử dụng", "dành");
  /** What a share can be of when a rule sets it: "150% mức lương", "50% số thuế", "30% tiền thuê đất". */
  private static final PhraseSet RULE_BASES = PhraseSet.of("mức lương", "lương", "tiền lương", "số thuế", "thuế",
      "mức giá", "giá", "chi phí", "học phí", "lãi suất", "tiền", "tiết kiệm chi", "số thu", "tăng thu",
      "trả lương", "vốn điều lệ", "mức trợ cấp", "mức phụ cấp", "lệ phí", "phí", "doanh thu");
  private static final PhraseSet LIMITS = PhraseSet.of("tối đa", "không vượt quá", "không quá", "không được vượt");
  private static final PhraseSet RULE_HEADINGS = PhraseSet.of("mức hỗ trợ", "chính sách", "chế độ", "mức thu",
      "phí", "lệ phí", "xử phạt", "định mức", "giá", "hỗ trợ", "thuế", "tiền thưởng", "phụ cấp", "trợ cấp",
      "kinh phí", "mức chi", "tiêu chuẩn, định mức");
  private static final Pattern FORMULA = Pattern.compile("[x×=]\\s*$|^\\s*[x×]\\s");

  // Criterion.
  private static final PhraseSet CONDITIONS = PhraseSet.of("đối với", "trường hợp", "nếu", "khi", "mà",
      "được xác định", "được công nhận", "được xét", "đủ điều kiện", "đáp ứng", "tiêu chí", "tiêu chuẩn",
      "điều kiện", "được coi là", "được xem là", "thuộc diện", "phân loại", "xếp loại", "trừ trường hợp",
      "nguyên tắc");
  private static final PhraseSet THRESHOLD_DOMAINS = PhraseSet.of("suy giảm khả năng lao động", "tổn thương cơ thể",
      "thiệt hại", "biểu quyết", "tán thành", "cử tri", "số phiếu", "phiếu bầu", "vi phạm", "chở vượt",
      "vượt trọng tải", "quá tải", "tỷ lệ thương tật", "thương tật", "mức độ khuyết tật", "điểm thi", "điểm trung bình");
  private static final PhraseSet CRITERION_HEADINGS = PhraseSet.of("tiêu chí", "tiêu chuẩn", "điều kiện",
      "đối tượng", "phân định", "phân loại", "xếp loại", "khen thưởng", "giải thích từ ngữ", "định nghĩa",
      "yêu cầu, điều kiện");
  /**
   * A class of units defined by how much it has: "là thôn có từ 15% ... trở lên", "xã có dưới 60% ...". Not a
   * rate's name ("tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 80%"): the words before the number are a threshold's.
   */
  // The look-behind after the space it stands before, so that it is tried at spaces alone (the same matches:
  // at the text's start nothing stands before anyway).
  private static final Pattern HAS = Pattern.compile("(?:^|(?=\\s)(?<!tỉ lệ |tỉ trọng |số )\\s)(?:là\\s+)?(?:xã|thôn|bản|ấp|"
      + "làng|huyện|tỉnh|hộ|người|đơn vị|cơ sở|doanh nghiệp|trường|trạm|địa phương|vùng|khu vực|cơ quan|tổ chức|"
      + "phường|thị trấn|dự án)(?:\\s+\\S+){0,4}\\s+có(?:\\s+\\S+){0,6}?\\s+(?:từ|dưới|trên|thấp hơn|cao hơn|"
      + "không quá|tối đa|ít nhất|tối thiểu)\\s*$");
  /** A list item of conditions: "- Có dưới 60% đường thôn ...", "+ Có từ 15% người ... trở lên". */
  private static final Pattern LIST_HAS = Pattern.compile(
      "^[\\s\\-+•*]*có\\s+(?:\\S+\\s+){0,4}?(?:dưới|trên|từ|thấp hơn|cao hơn|không quá|tối đa)\\s*$");
  /** A slogan or a named programme: "phương châm 3 an", "phong trào 5 không". */
  private static final Pattern LABEL_BEFORE = Pattern.compile(
      "(?:phương châm|khẩu hiệu|phong trào|cuộc vận động|mô hình|tiêu chí|chủ trương)\\s*$");

  // Other.
  private static final Pattern LOCATION_BEFORE = Pattern.compile(
      "(?:^|\\s)(?:tại|ở|của|cho|với|gồm|bao gồm|thuộc|trên địa bàn|trong số)\\s*$");

  // (?=[...]): the words' first letters, so that other offsets fail at once (the same matches)
  private static final Pattern HORIZON = Pattern.compile(
      "(?=[đtvch])(?:đến|tới|trước|trong|vào|cuối|hết)\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?((?:19|20)\\d\\d)(?![\\d/-])");
  /** A horizon that looks ahead even without a date to measure it from: "đến năm 2030", "tới năm". */
  private static final Pattern AHEAD = Pattern.compile("^(?:đến|tới)\\s");
  private static final Pattern HORIZON_TITLE = Pattern.compile("^\\W*(?:đến|tới)\\s+(?:năm\\s+)?(?:19|20)\\d\\d\\W*$");
  private static final Pattern YEAR = Pattern.compile("năm\\s+((?:19|20)\\d\\d)(?![\\d/-])");
  /** Any year a paragraph names: "năm 1962", "1962-1963", "16-3-1964". */
  private static final Pattern ANY_YEAR = Pattern.compile("(?=[12])(?<![\\d.,])((?:19|20)\\d\\d)(?![\\d.,%])");
  /** A clause that ends in "từ", the start of a range or a threshold ("từ 15% trở lên"). */
  private static final Pattern ENDS_WITH_TU = Pattern.compile(".*(?<![\\p{L}\\d])từ\\s*$");
  /** After a baseline: "từ 45% lên 90%" (the target's number may start the next segment). */
  private static final Pattern BASELINE = Pattern.compile("^\\s*(?:lên|xuống|đến|tới|còn)\\s*(?:mức\\s+)?(?:[\\d≥≤]|$)");

  /** Scores and the cues behind them. */
  private static final class Tally {
    final Map<Kind, Integer> score = new EnumMap<>(Kind.class);
    final Map<Kind, List<String>> cues = new EnumMap<>(Kind.class);

    void add(Kind kind, int weight, String cue) {
      score.merge(kind, weight, Integer::sum);
      cues.computeIfAbsent(kind, k -> new ArrayList<>()).add(cue);
    }

    int of(Kind kind) {
      return score.getOrDefault(kind, 0);
    }

    void addFirst(Kind kind, int weight, String label, PhraseSet set, PhraseSet.Text text) {
      Optional<String> found = set.find(text);
      found.ifPresent(f -> add(kind, weight, label + f));
    }
  }

  static Decision classify(Context c) {
    Tally t = new Tally();
    PhraseSet.Text sentence = PhraseSet.Text.of(c.sentenceBefore());
    PhraseSet.Text clause = PhraseSet.Text.of(c.clauseBefore());
    PhraseSet.Text after = PhraseSet.Text.of(firstWords(c.after(), 3));
    PhraseSet.Text headings = PhraseSet.Text.of(String.join(" / ", c.headings()));
    PhraseSet.Text leadIn = PhraseSet.Text.of(c.leadIn());
    String clauseLower = io.nqx.text.Spelling.canonical(c.clauseBefore());
    boolean plan = c.genre() == Genre.PLAN;
    boolean rules = c.genre() == Genre.REGULATION || c.genre() == Genre.LEGAL_NORM;

    // Where it stands.
    if (c.sectionKind() == SectionKind.MUC_TIEU) {
      t.add(Kind.TARGET, c.subkind() == Subkind.CHI_TIEU ? 4 : 3, "section muc_tieu");
    } else {
      t.addFirst(Kind.TARGET, 3, "heading ", GOAL_HEADINGS, headings);
    }
    if (c.sectionKind() == SectionKind.TINH_HINH) {
      t.add(Kind.RESULT, 4, "section tinh_hinh");
    } else {
      t.addFirst(Kind.RESULT, 3, "heading ", RESULT_HEADINGS, headings);
    }
    t.addFirst(Kind.CRITERION, 3, "heading ", CRITERION_HEADINGS, headings);
    if (c.sectionKind() == SectionKind.PHAM_VI) {
      t.add(Kind.CRITERION, 2, "section pham_vi"); // "Đối tượng áp dụng": who qualifies, not what to reach
    }
    t.addFirst(Kind.PARAMETER, 2, "heading ", RULE_HEADINGS, headings);
    Matcher headingYear = HORIZON.matcher(headings.canonical());
    if (headingYear.find() && future(Integer.parseInt(headingYear.group(1)), c.documentYear(),
        AHEAD.matcher(headingYear.group()).find())) {
      // A heading that is the horizon itself ("(1) Đến năm 2030") heads a list of what is to be reached by then.
      boolean horizonHeading = !c.headings().isEmpty()
          && HORIZON_TITLE.matcher(io.nqx.text.Spelling.canonical(c.headings().get(c.headings().size() - 1))).find();
      t.add(Kind.TARGET, horizonHeading ? 3 : 2, "heading year " + headingYear.group(1));
    }
    if (c.tableYear() != null && c.documentYear() != null) {
      // A table's year column or deadline: "Năm 2030" ahead is a year to reach, "Năm 2020" behind a baseline.
      if (c.tableYear() >= c.documentYear()) {
        t.add(Kind.TARGET, 2, "table year " + c.tableYear());
      } else {
        t.add(Kind.RESULT, 3, "table year " + c.tableYear());
      }
    }
    t.addFirst(Kind.TARGET, 3, "list of ", GOAL_WORDS, leadIn);
    t.addFirst(Kind.CRITERION, 3, "list of ", CONDITIONS, leadIn);
    // A list inside the sentence: "... theo nguyên tắc: a; b; c", "Mục tiêu đến năm 2030: ...".
    int colon = c.sentenceBefore().lastIndexOf(':');
    if (colon > 0 && c.leadIn().isEmpty()) {
      t.addFirst(Kind.CRITERION, 3, "list of ", CONDITIONS, PhraseSet.Text.of(c.sentenceBefore().substring(0, colon)));
    }
    if (plan) {
      t.add(Kind.TARGET, 1, "genre plan");
      if (c.sectionKind() == SectionKind.NHIEM_VU && quantifiesAnObject(c)) {
        // The task's own verb: opening its clause, or right before the number ("trong đó hình thành tối thiểu 03").
        t.addFirst(Kind.TARGET, 2, "task ", TASK_VERBS, PhraseSet.Text.of(firstWords(c.clauseBefore(), 4)));
        if (t.cues.getOrDefault(Kind.TARGET, List.of()).stream().noneMatch(cue -> cue.startsWith("task "))) {
          t.addFirst(Kind.TARGET, 2, "task ", TASK_VERBS, PhraseSet.Text.of(lastWords(c.clauseBefore(), 5)));
        }
      }
    } else if (rules) {
      t.add(Kind.PARAMETER, 1, "genre " + c.genre().id());
      t.add(Kind.CRITERION, 1, "genre " + c.genre().id());
    } else if (c.genre() == Genre.NEWS || c.genre() == Genre.ENCYCLOPEDIA || c.genre() == Genre.REPORT) {
      // A narration of what happened: an encyclopedia's goals are history unless a year still ahead says not.
      t.add(Kind.RESULT, c.genre() == Genre.ENCYCLOPEDIA ? 3 : 2, "genre " + c.genre().id());
    }
    pastParagraph(c, t);

    // Its sentence and clause.
    t.addFirst(Kind.TARGET, 3, "", GOAL_WORDS, sentence);
    t.addFirst(Kind.TARGET, 2, "", MOVES, clause);
    // Two commitment words count more than one ("bảo đảm ... chiếm tối thiểu 70%"); more add nothing.
    COMMITTING.findAll(sentence).stream().limit(2).forEach(cue -> t.add(Kind.TARGET, 1, cue));
    if (PAST.find(clause).isEmpty()) {
      years(c, t); // a clause that says "hiện nay", "đã" speaks of now, whatever year the sentence looks to
    }
    if (BASELINE.matcher(c.after()).find() && ENDS_WITH_TU.matcher(clauseLower).matches()) {
      t.add(Kind.RESULT, 10, "baseline từ … lên"); // "nâng từ 45% lên 60%": 45% is where it starts
    }
    PAST.findAll(clause).stream().limit(2).forEach(cue -> t.add(Kind.RESULT, 3, cue));
    t.addFirst(Kind.RESULT, 1, "", SHARE_OF, clause);

    boolean money = c.mention().unit() == Mention.UnitKind.MONEY;
    if (money) {
      t.add(Kind.PARAMETER, 2, "money");
    }
    Optional<String> amount = RULE_AMOUNTS.find(clause);
    boolean isShare = c.mention().unit() == Mention.UnitKind.PERCENT;
    Optional<String> base = RULE_BASES.find(after);
    // "hỗ trợ 6.000.000 đồng", "hưởng 150% mức lương", "hệ số 2,34", "được thưởng tối đa 20%"; not "hỗ trợ 100%
    // gia đình", a share of people reached.
    if (amount.isPresent() && money) {
      // "hỗ trợ 6.000.000 đồng/ha", "mức thu 150.000 đồng": a rule's amount, however target-like the sentence.
      t.add(Kind.PARAMETER, 10, amount.get() + " … money");
    } else if (amount.isPresent() && (base.isPresent() || !isShare && !c.count()
        || c.mention().comparator() == Relation.LE)) {
      t.add(Kind.PARAMETER, 3, amount.get());
    }
    if (isShare && base.isPresent()) {
      t.add(Kind.PARAMETER, 10, "% " + base.get()); // "150% mức lương", "50% số thuế": a share of a rule's base
    }
    if (rules || !plan) {
      t.addFirst(Kind.PARAMETER, 1, "", LIMITS, clause);
    }
    if (FORMULA.matcher(c.clauseBefore()).find() || FORMULA.matcher(c.after()).find()) {
      t.add(Kind.PARAMETER, 3, "formula");
    }

    if (c.condition()) {
      // "tại các xã có tỷ lệ hộ nghèo từ 30% trở lên": whatever the section, it picks out a class of places.
      t.add(Kind.CRITERION, 10, "các … có tỷ lệ");
    }
    if (HAS.matcher(clauseLower).find()) {
      t.add(Kind.CRITERION, 3, "… có");
    } else if (LIST_HAS.matcher(clauseLower).find()) {
      t.add(Kind.CRITERION, 2, "có " + c.mention().comparator().id());
    }
    t.addFirst(Kind.CRITERION, 2, "", CONDITIONS, clause);
    t.addFirst(Kind.CRITERION, 3, "", THRESHOLD_DOMAINS, sentence);
    if (ENDS_WITH_TU.matcher(clauseLower).matches() && (c.mention().comparator() == Relation.GE
        || c.mention().comparator() == Relation.RANGE)) {
      t.add(Kind.CRITERION, 1, "từ … trở lên");
    }

    if (c.count() && LOCATION_BEFORE.matcher(clauseLower).find()) {
      t.add(Kind.OTHER, 4, "count of where");
    }
    if (c.count() && (LABEL_BEFORE.matcher(clauseLower).find() || c.after().strip().startsWith("("))) {
      t.add(Kind.OTHER, 4, "a name"); // "phương châm 3 an (an sinh, an ninh, an toàn)"
    }
    if (c.count() && c.qualifiesShare()) {
      // "70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh": the count defines the share's indicator.
      t.add(Kind.OTHER, 4, "qualifies the share before it");
    }
    return decide(t);
  }

  /** Whether a task in a plan's tasks names how much of its object it reaches: a share, or an "at least" count. */
  private static boolean quantifiesAnObject(Context c) {
    Relation r = c.mention().comparator();
    return c.mention().unit() == Mention.UnitKind.PERCENT
        || (c.count() && (r == Relation.GE || r == Relation.GT));
  }

  /** A target year in the sentence; a past one is evidence of a result. */
  private static void years(Context c, Tally t) {
    String s = io.nqx.text.Spelling.canonical(c.sentenceBefore() + " " + firstWords(c.after(), 6));
    Matcher h = HORIZON.matcher(s);
    boolean horizon = false;
    while (h.find()) {
      int year = Integer.parseInt(h.group(1));
      if (future(year, c.documentYear(), AHEAD.matcher(h.group()).find())) {
        t.add(Kind.TARGET, 2, "year " + year);
        horizon = true;
        break;
      }
    }
    if (horizon) {
      return;
    }
    Matcher y = YEAR.matcher(s);
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (c.documentYear() != null && year > c.documentYear()) {
        t.add(Kind.TARGET, 2, "year " + year);
        return;
      }
      if (c.documentYear() != null && year < c.documentYear()) {
        t.add(Kind.RESULT, 3, "past year " + year);
        return;
      }
    }
  }

  /**
   * A paragraph that speaks only of years before the document's ("Năm 1962 đã có ..."): its numbers are what
   * happened then. A paragraph that also names a year ahead is a plan's (from a baseline to a target).
   */
  private static void pastParagraph(Context c, Tally t) {
    if (c.documentYear() == null) {
      return;
    }
    Matcher y = ANY_YEAR.matcher(c.paragraph());
    boolean past = false;
    while (y.find()) {
      int year = Integer.parseInt(y.group(1));
      if (year >= c.documentYear()) {
        return;
      }
      past = true;
    }
    if (past) {
      t.add(Kind.RESULT, 2, "past paragraph");
    }
  }

  /** Whether a year is ahead of the document; a horizon ("đến năm") of an undated document counts as ahead. */
  private static boolean future(int year, Integer documentYear, boolean horizon) {
    return documentYear == null ? horizon : year >= documentYear;
  }

  private static Decision decide(Tally t) {
    if (t.of(Kind.OTHER) > 0) {
      return decision(t, Kind.OTHER); // a count of where things happen, or a name: no quantity at all
    }
    Kind best = null;
    for (Kind k : List.of(Kind.CRITERION, Kind.PARAMETER, Kind.RESULT)) {
      if (best == null || t.of(k) > t.of(best)) {
        best = k;
      }
    }
    int target = t.of(Kind.TARGET);
    if (target >= TARGET_THRESHOLD && target > t.of(best)) {
      return decision(t, Kind.TARGET);
    }
    if (t.of(best) >= KIND_THRESHOLD && t.of(best) >= target) {
      return decision(t, best);
    }
    return decision(t, Kind.OTHER);
  }

  /** The decided kind's cues first, then the others', each "kind:cue". */
  private static Decision decision(Tally t, Kind kind) {
    List<String> evidence = new ArrayList<>();
    for (String cue : t.cues.getOrDefault(kind, List.of())) {
      evidence.add(kind.id() + ":" + cue);
    }
    for (Map.Entry<Kind, List<String>> e : t.cues.entrySet()) {
      if (e.getKey() != kind) {
        e.getValue().forEach(cue -> evidence.add(e.getKey().id() + ":" + cue));
      }
    }
    return new Decision(kind, evidence);
  }

  private static String lastWords(String s, int n) {
    String[] words = s.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, words.length - n); i < words.length; i++) {
      out.append(out.length() == 0 ? "" : " ").append(words[i]);
    }
    return out.toString();
  }

  private static String firstWords(String s, int n) {
    String[] words = s.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(n, words.length); i++) {
      out.append(i == 0 ? "" : " ").append(words[i]);
    }
    return out.toString();
  }
}
