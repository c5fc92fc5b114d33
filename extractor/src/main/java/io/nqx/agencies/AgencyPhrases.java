package io.nqx.agencies;

import io.nqx.text.Fold;
import io.nqx.text.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Vietnamese official text names the bodies that are to act: the subject of a clause ("Ban Tuyên giáo Tỉnh
 * ủy chủ trì, phối hợp với các cơ quan, đơn vị liên quan chỉ đạo ..."), where it ends (at the first verb in
 * lower case: a verb written with a capital is part of a name, "Ủy ban Kiểm tra", "Ban Chỉ đạo"), the body it
 * directs ("... chỉ đạo Ủy ban nhân dân tỉnh thực hiện"), its partners ("phối hợp với ..."), and a list of
 * bodies cut into its bodies. Pure functions over the text.
 */
public final class AgencyPhrases {
  private AgencyPhrases() {}

  /**
   * Words that start a body's name, one to three words, as spelled (compared in {@link Spelling#canonical} form,
   * which keeps the marks that tell "Sở" from "số", "Bộ" from "bổ", "Hội" from "hơi").
   */
  private static final Set<String> HEADS = canonical("ban", "ban cán sự", "đảng đoàn", "đảng ủy", "ủy ban",
      "hội đồng", "sở", "bộ", "cục", "chi cục", "tỉnh ủy", "huyện ủy", "thành ủy", "thị ủy", "quận ủy", "đảng bộ",
      "mặt trận", "cấp ủy", "tổ chức", "đoàn thể", "chính quyền", "hội", "liên đoàn", "tỉnh đoàn", "thành đoàn",
      "đoàn", "công an", "bộ chỉ huy", "ngân hàng", "bảo hiểm", "kho bạc", "thanh tra", "viện", "tòa án", "toà án",
      "văn phòng", "đài", "báo", "trung tâm", "trường", "cơ quan", "đơn vị", "địa phương", "ngành", "chi bộ", "ubnd",
      "hđnd", "mttq", "ubmttq", "chính phủ", "thủ tướng", "quốc hội", "thường trực", "thủ trưởng", "giám đốc",
      "chủ tịch", "vtv", "vov", "ttxvn", "tập đoàn", "tổng công ty", "lãnh đạo", "người đứng đầu",
      "ban chỉ đạo", "hội liên hiệp", "ủy ban nhân dân", "hội đồng nhân dân", "ban thường vụ", "ban chấp hành",
      "bch", "btv", "các cấp", "bộ, ngành", "sở, ngành", "sở, ban, ngành");
  /** Two words that start with a head but name no body: "Hội nghị", "Bộ tiêu chí", "Ban hành", "Báo cáo". */
  private static final Set<String> NOT_BODIES = canonical("hội nghị", "hội thảo", "hội thi", "hội chợ", "hội diễn",
      "ban hành", "bộ máy", "bộ tiêu chí", "bộ chỉ số", "bộ dữ liệu", "bộ từ điển", "bộ công cụ", "bộ luật",
      "đoàn kết", "đoàn viên", "báo cáo", "báo chí", "chính phủ số", "chính phủ điện", "chính quyền số",
      "chính quyền điện", "trường hợp", "trường học", "viện trợ",
      "doanh nghiệp nhỏ", "ngành nghề", "cấp độ", "cấp phép", "tổ chức thực", "trung tâm dữ");

  /** Heads that name addressees only in the plural: "các doanh nghiệp", "các hợp tác xã". */
  private static final Set<String> PLURAL_HEADS = canonical("doanh nghiệp", "hợp tác xã", "trường học");

  /** One-word heads that, in lower case and without "các", are common nouns ("bộ đội", "hội viên"). */
  private static final Set<String> LOWER_NOT_HEADS = canonical("bộ", "sở", "ban", "hội", "cục", "viện", "đài", "báo",
      "trường", "đoàn", "vụ");

  private static Set<String> canonical(String... phrases) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : phrases) {
      out.add(Spelling.canonical(p));
    }
    return out;
  }

  /** Folded generic nouns that continue a list after a comma without starting a body of their own. */
  private static final Set<String> CONTINUATIONS = Set.of("so", "ban", "nganh", "don vi", "dia phuong", "co quan",
      "doan the", "bo", "dia phuong khac", "to chuc", "cap", "hoi", "huyen uy", "thi uy", "thanh uy", "quan uy",
      "dang uy", "dang doan", "chi bo", "dang bo", "thi xa", "thanh pho", "xa", "phuong");
  /** Folded verbs, one word or two, that end a subject when written in lower case. */
  private static final Set<String> VERBS = Set.of("chu tri", "chi dao", "lanh dao", "xay dung", "thuc hien", "can cu",
      "tham muu", "ban hanh", "trien khai", "tang cuong", "cu the", "kip thoi", "tiep tuc", "phoi hop", "co trach",
      "duoc giao", "huong dan", "ra soat", "theo doi", "day manh", "chu dong", "tap trung", "nghien cuu",
      "quan triet", "pho bien", "thuong xuyen", "dinh ky", "lam tot", "phat huy", "nang cao", "bao dam", "dam bao",
      "quan tam", "giam sat", "kiem tra", "don doc", "uu tien", "bo tri", "de xuat", "xem xet", "van dong",
      "tuyen truyen", "huy dong", "ho tro", "khan truong", "tich cuc", "guong mau", "chiu trach", "cung cap",
      "bao cao", "long ghep", "phat dong", "doi moi", "hoan thien", "sua doi", "bo sung", "tich hop", "hoan thanh",
      "phan cong", "danh gia", "so ket", "tong ket", "cap nhat", "dieu chinh", "xu ly", "giai quyet", "thuc thi",
      "dinh huong", "lua chon", "tiep nhan", "day nhanh", "ap dung", "tao dieu", "xac dinh", "tham gia", "lang nghe",
      "phan anh", "ket hop", "tong hop", "to chuc", "dau tu", "quan ly", "nghiem tuc", "sau sat", "quyet liet",
      "trong viec", "trong qua", "ve viec", "tai cac", "thi dua", "lien quan den", "tiep thu",
      "thong qua");
  /**
   * One-word verbs and auxiliaries, as written in lower case: folding them would take "cán" (Ban cán sự) for
   * "cần" and "đảng" for "đang".
   */
  private static final Set<String> SHORT_VERBS = Set.of("là", "sẽ", "đang", "đã", "cần", "phải", "sớm", "được",
      "trình", "giao", "dành", "vào", "theo", "để", "nhằm", "không", "cũng", "đều", "vẫn", "còn",
      "rất", "luôn", "kịp", "chịu", "nắm", "gửi", "cử", "tăng", "giảm", "đưa", "giúp");

  /** Folded words after "tổ chức" that make it a noun ("tổ chức đảng", "tổ chức chính trị - xã hội"). */
  private static final Set<String> ORGANIZATION_NOUNS = Set.of("dang", "chinh", "hoi", "doan", "cong", "xa", "quan",
      "kinh", "phi", "quoc", "su", "khoa", "tin", "ca", "co", "lien");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&/.'’-]*");
  /** Openings before the subject: "Giao", "Đề nghị", "Yêu cầu", list marks. */
  private static final Pattern OPENING = Pattern.compile(
      "^[\\s\\-+•*–]*(?:(?:giao(?:\\s+cho)?|đề nghị|yêu cầu|các đơn vị sau:)\\s+)?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A clause of grounds before the subject: "Căn cứ Nghị quyết ..., các huyện ủy ...". */
  private static final Pattern GROUNDS = Pattern.compile("^(?:căn cứ|trên cơ sở|để|nhằm|(?:thực hiện|theo)\\s+(?:các\\s+)?"
      + "(?:nghị quyết|kế hoạch|chương trình|chỉ thị|quyết định|kết luận|hướng dẫn|đề án|văn bản|công văn|luật))\\s",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A word of a text, with its offsets and its folded form. */
  private record Word(int start, int end, String text, String folded) {
    boolean lower() {
      return Character.isLowerCase(text.charAt(0));
    }
  }

  private static List<Word> words(String text, int from, int to) {
    return words(text, from, to, Integer.MAX_VALUE);
  }

  /** The first {@code max} words of text[from, to). */
  private static List<Word> words(String text, int from, int to, int max) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (out.size() < max && m.find()) {
      String w = trimTrailing(m.group()); // as replaceAll("[.'’]+$", ""), without compiling it per word
      if (!w.isEmpty()) {
        out.add(new Word(m.start(), m.start() + w.length(), w, Fold.fold(w)));
      }
    }
    return out;
  }

  /** A word without its trailing dots and apostrophes ("UBND." and "tỉnh'" as "UBND", "tỉnh"). */
  private static String trimTrailing(String w) {
    int end = w.length();
    while (end > 0 && (w.charAt(end - 1) == '.' || w.charAt(end - 1) == '\'' || w.charAt(end - 1) == '’')) {
      end--;
    }
    return w.substring(0, end);
  }

  /**
   * The subject of a clause that names a body, and where its predicate starts.
   *
   * @param start offset of the subject's first character
   * @param end offset just past its last (trailing punctuation left out)
   * @param predicate offset where its verb starts (the clause's end when none follows)
   */
  public record Subject(int start, int end, int predicate, String text) {}

  /**
   * The body a clause opens with, or null when it opens with none: after "Giao", "Đề nghị" and a clause of
   * grounds ("Căn cứ ..., "), a body's head word, then every word up to the first verb in lower case (or a colon).
   */
  public static Subject subject(String text, int from, int to) {
    Matcher opening = OPENING.matcher(text).region(from, to);
    int start = opening.lookingAt() ? opening.end() : from;
    while (start < to && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (GROUNDS.matcher(text).region(start, to).lookingAt()) {
      // The subject follows the grounds' comma: "Căn cứ Nghị quyết ..., các huyện ủy ... xây dựng kế hoạch".
      int comma = text.indexOf(',', start);
      if (comma < 0 || comma >= to) {
        return null;
      }
      int next = comma + 1;
      while (next < to && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (!startsWithHead(text, next, to)) {
        return null;
      }
      start = next;
    }
    if (!startsWithHead(text, start, to)) {
      return null;
    }
    // The loop reads no further than word 30 and looks three words past it: thirty-five words tell all.
    List<Word> ws = words(text, start, to, 35);
    int end = start;
    int predicate = to;
    for (int i = 0; i < ws.size(); i++) {
      Word w = ws.get(i);
      if (i > 0 && isVerbAt(ws, i, text)) {
        predicate = w.start();
        break;
      }
      int colon = text.indexOf(':', end);
      if (colon >= 0 && colon < w.start()) {
        predicate = colon;
        break;
      }
      end = w.end();
      if (i >= 30) {
        return null; // no verb within thirty words: no subject of a clause
      }
    }
    String subject = text.substring(start, end).replaceAll("[\\s,;:]+$", "");
    if (subject.isEmpty()) {
      return null;
    }
    return new Subject(start, start + subject.length(), predicate, subject.replaceAll("\\s+", " "));
  }

  /** Whether a verb in lower case starts at word {@code i}. */
  private static boolean isVerbAt(List<Word> ws, int i, String text) {
    Word w = ws.get(i);
    if (!w.lower()) {
      return false;
    }
    String two = i + 1 < ws.size() ? w.folded() + " " + ws.get(i + 1).folded() : null;
    if (two != null && two.startsWith("to chuc")) {
      // "tổ chức" is an organisation after "các", before "đảng", "chính trị", "hội"; else the verb "organise".
      String previous = i > 0 ? ws.get(i - 1).folded() : "";
      boolean comma = i > 0 && text.substring(ws.get(i - 1).end(), w.start()).contains(",");
      if (previous.equals("cac") || previous.equals("nhung") || previous.equals("va") || comma) {
        return false;
      }
      return i + 2 < ws.size() && !ORGANIZATION_NOUNS.contains(ws.get(i + 2).folded()) && !religious(ws, i + 2);
    }
    if (two != null && VERBS.contains(two)) {
      return true;
    }
    return SHORT_VERBS.contains(w.text());
  }

  /** "tổ chức tôn giáo": religious organisations (not "tổ chức tôn vinh", to hold an honouring). */
  private static boolean religious(List<Word> ws, int i) {
    return i + 1 < ws.size() && ws.get(i).folded().equals("ton") && ws.get(i + 1).folded().equals("giao");
  }

  /** Whether a body's head word starts at an offset (after "các", "những", "mỗi", "từng"). */
  public static boolean startsWithHead(String text, int at, int to) {
    List<Word> ws = words(text, at, Math.min(to, at + 80), 6); // it reads no word past the fifth
    if (ws.isEmpty() || ws.get(0).start() != at) {
      return false;
    }
    int i = 0;
    if (Set.of("cac", "nhung", "moi", "tung", "toan").contains(ws.get(0).folded()) && ws.size() > 1) {
      i = 1;
    }
    String one = Spelling.canonical(ws.get(i).text());
    String two = i + 1 < ws.size() ? one + " " + Spelling.canonical(ws.get(i + 1).text()) : "";
    String three = i + 2 < ws.size() ? two + " " + Spelling.canonical(ws.get(i + 2).text()) : "";
    if (NOT_BODIES.contains(two) || NOT_BODIES.contains(three)) {
      return false;
    }
    if (i == 0 && ws.get(0).lower() && LOWER_NOT_HEADS.contains(one)
        && !text.substring(ws.get(0).end(), Math.min(to, ws.get(0).end() + 1)).equals(",")) {
      return false; // "bộ đội xuất ngũ", "ban ngày": a body's short head names one only with a capital or "các"
    }
    if (one.equals("tổ")) {
      // "Tổ chức phổ biến ..." opens with the verb; "các tổ chức", "tổ chức đảng" name organisations.
      boolean noun = i == 1 || (i + 2 < ws.size() && (ORGANIZATION_NOUNS.contains(ws.get(i + 2).folded())
          || religious(ws, i + 2)));
      if (!two.equals(Spelling.canonical("tổ chức")) || !noun) {
        return false;
      }
    }
    if (two.equals(Spelling.canonical("lãnh đạo")) && i == 0
        && !(i + 2 < ws.size() && !ws.get(i + 2).lower())) {
      return false; // "Lãnh đạo, chỉ đạo ..." is the verb; "Lãnh đạo UBND tỉnh" the leaders of a body
    }
    if (PLURAL_HEADS.contains(two) || PLURAL_HEADS.contains(one)) {
      return i == 1; // "các doanh nghiệp công nghệ số" are addressed; "Doanh nghiệp đầu tư ..." is a statement
    }
    return HEADS.contains(one) || HEADS.contains(two) || HEADS.contains(three);
  }

  /**
   * The bodies a subject lists, for telling one body from peers: cut at ";", and at "," or "và" where a body's
   * head or a generic noun follows ("Các cấp ủy, tổ chức đảng" is two; "Ban Tuyên giáo và Dân vận Tỉnh ủy" one).
   */
  public static List<String> peers(String subject) {
    return cut(subject, true);
  }

  /**
   * The agencies of a partners list, cut only where each part is a body of its own: "Bộ Công an, Bộ Tài chính và
   * các bộ, ngành, địa phương" is three; "các cơ quan, đơn vị liên quan" one (its nouns share "các").
   */
  public static List<String> split(String text) {
    return cut(text, false);
  }

  private static List<String> cut(String text, boolean loose) {
    List<String> out = new ArrayList<>();
    String s = text.replaceAll("\\s+", " ").strip();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '“' || c == '"') {
        depth++;
      } else if (c == ')' || c == '”') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && c == ';') {
        add(out, s.substring(start, i));
        start = i + 1;
      } else if (depth == 0 && c == ',') {
        if (startsBody(s, i + 1, loose)) {
          add(out, s.substring(start, i));
          start = i + 1;
        }
      } else if (depth == 0 && s.startsWith(" và ", i) && startsBody(s, i + 4, loose)) {
        add(out, s.substring(start, i));
        start = i + 4;
        i += 3;
      }
    }
    add(out, s.substring(start));
    return out;
  }

  /** Whether a new body starts at an offset of a list: a head word, and, unless loose, no bare generic noun. */
  private static boolean startsBody(String s, int at, boolean loose) {
    int i = at;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (!startsWithHead(s, i, s.length())) {
      return false;
    }
    if (loose) {
      return true;
    }
    List<Word> ws = words(s, i, Math.min(s.length(), i + 40), 2);
    String first = ws.get(0).folded();
    String two = ws.size() > 1 ? first + " " + ws.get(1).folded() : first;
    boolean bare = ws.get(0).lower() && (CONTINUATIONS.contains(first) || CONTINUATIONS.contains(two));
    return !bare;
  }

  private static void add(List<String> out, String part) {
    String p = part.strip().replaceAll("[.,;:]+$", "").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /** What the predicate of a subject says of other bodies: whom it directs, who works with it, whether it leads. */
  public record Predicate(String directs, List<String> partners, boolean leads, int actionStart) {
    public Predicate {
      partners = List.copyOf(partners);
    }
  }

  private static final Pattern LEADS = Pattern.compile("^\\s*(?:chủ trì|làm đầu mối|là cơ quan thường trực)[\\s,]*",
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern DIRECTS = Pattern.compile("^\\s*(?:lãnh đạo,?\\s+chỉ đạo|lãnh đạo|chỉ đạo(?:,\\s*"
      + "(?:định hướng|hướng dẫn))?)\\s+", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH = Pattern.compile("^\\s*phối hợp(?:\\s+với)?\\s+",
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** The predicate of a clause whose subject ended at {@code predicate}, read to {@code to}. */
  public static Predicate predicate(String text, int predicate, int to) {
    int at = predicate;
    while (at < to && (":-+•*–".indexOf(text.charAt(at)) >= 0 || Character.isWhitespace(text.charAt(at)))) {
      at++; // "Sở Y tế: chủ trì, ...", "- Làm đầu mối ..."
    }
    boolean leads = false;
    Matcher lead = LEADS.matcher(text).region(at, to);
    if (lead.lookingAt()) {
      leads = true;
      at = lead.end();
    }
    List<String> partners = List.of();
    Matcher with = WITH.matcher(text).region(at, to);
    if (with.lookingAt()) {
      Subject partner = bodies(text, with.end(), to);
      if (partner != null) {
        partners = split(partner.text());
        at = skipComma(text, partner.predicate(), to);
      }
    }
    String directs = null;
    Matcher d = DIRECTS.matcher(text).region(at, to);
    if (d.lookingAt() && startsWithHead(text, d.end(), to)) {
      Subject directed = bodies(text, d.end(), to);
      if (directed != null && directed.predicate() < to && text.charAt(directed.predicate()) != ':') {
        directs = directed.text();
        at = directed.predicate();
        // "lãnh đạo UBND tỉnh chỉ đạo rà soát": the directed body's own "chỉ đạo" opens the action.
      }
    }
    return new Predicate(directs, partners, leads, at);
  }

  /** A run of bodies at an offset (no opening words, no grounds), up to its verb. */
  private static Subject bodies(String text, int from, int to) {
    if (!startsWithHead(text, from, to)) {
      return null;
    }
    List<Word> ws = words(text, from, to);
    int end = from;
    int predicate = to;
    for (int i = 0; i < ws.size(); i++) {
      if (i > 0 && isVerbAt(ws, i, text)) {
        predicate = ws.get(i).start();
        break;
      }
      int colon = text.indexOf(':', end);
      if (colon >= 0 && colon < ws.get(i).start()) {
        predicate = colon;
        break;
      }
      end = ws.get(i).end();
    }
    String s = text.substring(from, end).replaceAll("[\\s,;:]+$", "");
    return s.isEmpty() ? null : new Subject(from, from + s.length(), predicate, s.replaceAll("\\s+", " "));
  }

  private static int skipComma(String text, int at, int to) {
    int i = at;
    while (i < to && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** The lead and partners a sentence names for its numbers: "do Sở Y tế chủ trì", "Giao Sở Y tế chủ trì, ...". */
  public record Named(String lead, List<String> partners) {
    public Named {
      partners = List.copyOf(partners);
    }

    public static final Named NONE = new Named(null, List.of());
  }

  private static final Pattern BY = Pattern.compile("(?:^|\\s)do\\s+((?:[^\\s,;:.()]+\\s+){0,11}?[^\\s,;:.()]+)\\s+"
      + "(?:chủ trì|làm đầu mối)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The lead a sentence names ("do X chủ trì", a sentence that opens with "X chủ trì"), and its partners. */
  public static Named inSentence(String sentence) {
    Matcher by = BY.matcher(sentence);
    while (by.find()) {
      String candidate = by.group(1).strip();
      Subject s = subject(candidate, 0, candidate.length());
      if (s != null && s.end() == candidate.length()) {
        Predicate p = predicate(sentence, by.end() - (by.group().endsWith("chủ trì") ? "chủ trì".length()
            : "làm đầu mối".length()), sentence.length());
        return new Named(s.text(), p.partners());
      }
    }
    Subject s = subject(sentence, 0, sentence.length());
    if (s != null) {
      Predicate p = predicate(sentence, s.predicate(), sentence.length());
      if (p.leads()) {
        return new Named(s.text(), p.partners());
      }
    }
    return Named.NONE;
  }
}
