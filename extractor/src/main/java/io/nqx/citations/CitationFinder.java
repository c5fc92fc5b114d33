package io.nqx.citations;

import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.text.Prefiltered;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the mentions of other documents in a text and gathers them by document: a type word ("Nghị quyết",
 * "Kế hoạch", "Luật ... "), "số", a number with its symbol ("42-NQ/TW", "73/2024/NĐ-CP"), then a date ("ngày
 * 24/11/2023", "ngày 22 tháng 12 năm 2024") and an issuer ("của Bộ Chính trị") when they follow; or a number
 * with a symbol alone; or a type word and a bare number ("Kế hoạch 19", "Đề án 06"), which names the document
 * of that type and number cited elsewhere in the text when there is one. The document's own number (its "Số:"
 * line) is no citation. Pure function of the text.
 */
final class CitationFinder {
  private CitationFinder() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Type words, longest first, and the type each names. */
  private static final Map<String, String> TYPE_WORDS = new LinkedHashMap<>();

  static {
    TYPE_WORDS.put("chương trình hành động", "chuong_trinh");
    TYPE_WORDS.put("thông tư liên tịch", "thong_tu");
    TYPE_WORDS.put("nghị quyết liên tịch", "nghi_quyet");
    TYPE_WORDS.put("nghị quyết", "nghi_quyet");
    TYPE_WORDS.put("quyết định", "quyet_dinh");
    TYPE_WORDS.put("kế hoạch", "ke_hoach");
    TYPE_WORDS.put("chương trình", "chuong_trinh");
    TYPE_WORDS.put("chỉ thị", "chi_thi");
    TYPE_WORDS.put("kết luận", "ket_luan");
    TYPE_WORDS.put("thông tư", "thong_tu");
    TYPE_WORDS.put("nghị định", "nghi_dinh");
    TYPE_WORDS.put("bộ luật", "luat");
    TYPE_WORDS.put("luật", "luat");
    TYPE_WORDS.put("công văn", "cong_van");
    TYPE_WORDS.put("thông báo", "thong_bao");
    TYPE_WORDS.put("hướng dẫn", "huong_dan");
    TYPE_WORDS.put("đề án", "de_an");
    TYPE_WORDS.put("báo cáo", "bao_cao");
    TYPE_WORDS.put("pháp lệnh", "phap_lenh");
    TYPE_WORDS.put("quy định", "quy_dinh");
    TYPE_WORDS.put("tờ trình", "to_trinh");
    TYPE_WORDS.put("thông tri", "thong_tri");
  }

  /** Symbols' first part and the type each implies when no type word stands before the number. */
  private static final Map<String, String> SYMBOL_TYPES = Map.ofEntries(Map.entry("NQ", "nghi_quyet"),
      Map.entry("QĐ", "quyet_dinh"), Map.entry("KH", "ke_hoach"), Map.entry("CT", "chi_thi"),
      Map.entry("CTR", "chuong_trinh"), Map.entry("KL", "ket_luan"), Map.entry("TT", "thong_tu"),
      Map.entry("TTLT", "thong_tu"), Map.entry("NĐ", "nghi_dinh"), Map.entry("HD", "huong_dan"),
      Map.entry("TB", "thong_bao"), Map.entry("BC", "bao_cao"), Map.entry("QĐI", "quy_dinh"),
      Map.entry("TTR", "to_trinh"), Map.entry("ĐA", "de_an"));

  /**
   * A type word in front of its one-character guard: a match starts with a type word's first letter, and the
   * guard lets the other offsets fail at once rather than after trying every type word, case-insensitively
   * (measured with JFR: most of the stage's time).
   */
  private static final String TYPE = guard(TYPE_WORDS.keySet()) + "(" + String.join("|", TYPE_WORDS.keySet()) + ")";

  private static String guard(java.util.Set<String> words) {
    StringBuilder letters = new StringBuilder();
    for (String w : words) {
      for (String c : List.of(w.substring(0, 1).toLowerCase(Locale.ROOT), w.substring(0, 1).toUpperCase(Locale.ROOT))) {
        if (letters.indexOf(c) < 0) {
          letters.append(c);
        }
      }
    }
    return "(?=[" + letters + "])";
  }
  /** A number with a symbol: "42-NQ/TW", "338/QĐ-TTg", "73/2024/NĐ-CP", "15/2023/QH15", "04/TTr-BKHCN-BTTTT". */
  private static final String NUMBER = "(\\d{1,5}(?:/(?:19|20)\\d\\d)?(?:[-/][A-ZĐ][A-ZĐa-z0-9]*(?:[-&][A-ZĐa-z0-9]+)*)+)";
  /** A type word, "số", a number: "Nghị quyết số 42-NQ/TW", "Quyết định 338/QĐ-TTg", "Nghị quyết số: 03/NQ-CP". */
  private static final Prefiltered FULL = Prefiltered.atWords(Pattern.compile("(?<![\\p{L}])" + TYPE
      + "\\s+(?:số\\s*:?\\s*)?" + NUMBER + "(?![\\p{L}\\d/-])", FLAGS), TYPE_WORDS.keySet());
  /**
   * A law or ordinance by its name: "Luật Ngân sách nhà nước số 83/2015/QH13", "Bộ luật Lao động số
   * 45/2019/QH14". Case matters here: the name runs from a capitalised type word to "số", and a type word in
   * running text ("quy định của pháp luật") is none.
   */
  private static final Prefiltered LAW = Prefiltered.atWords(Pattern.compile("(?<![\\p{L}])(Bộ luật|BỘ LUẬT|Luật|LUẬT|"
      + "Pháp lệnh|PHÁP LỆNH)((?:\\s+[\\p{L}]+,?){1,14}?)\\s+(?:số|SỐ)\\s*:?\\s*" + NUMBER + "(?![\\p{L}\\d/-])"),
      List.of("bộ luật", "luật", "pháp lệnh"));
  private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\p{L}\\d/-])" + NUMBER + "(?![\\p{L}\\d/-])");
  private static final Prefiltered BARE = Prefiltered.atDigits(BARE_NUMBER);
  /**
   * A type word and a bare serial: "Kế hoạch 19", "Đề án 06", "Chỉ thị số 18". Not a count or a period ("kế
   * hoạch 5 năm", "chương trình 3 tháng", "Nghị quyết 42 %").
   */
  private static final Prefiltered SHORT = Prefiltered.atWords(Pattern.compile("(?<![\\p{L}])" + TYPE
      + "\\s+(?:số\\s+)?(\\d{1,4})(?![\\d/.,-]|\\s*%|\\s+(?:năm|tháng|tuần|ngày|giờ|lần|nội dung|nhiệm vụ|điểm|mục|bước|"
      + "cấp|người)(?![\\p{L}]))", FLAGS), TYPE_WORDS.keySet());
  private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*(?:ban hành\\s+)?ngày\\s+(?:(\\d{1,2})[/.-](\\d{1,2})[/.-]"
      + "((?:19|20)\\d\\d)|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d\\d))", FLAGS);
  /**
   * Who issued it: "của Ban Chấp hành Trung ương Đảng khóa XIII", up to where its subject ("về ...") or the
   * next clause begins, or a table's cell ends.
   */
  private static final Pattern ISSUER = Pattern.compile("^\\s*,?\\s*của\\s+((?:[^\\s,;:()“\"|]+\\s+){0,14}?"
      + "[^\\s,;:()“\"|]+?)(?=\\s+(?:về|v/v|thực hiện|ban hành|sửa đổi|bổ sung|phê duyệt|"
      + "quy định|hướng dẫn|và|đã|đến|nhằm|tại)(?![\\p{L}])|[,;:()“\"|.]|\\s*\\||\\s*$)", FLAGS);
  /** A line that gives a document's own number: "Số: 165/KH-UBND", "Nghị quyết số: 25/2025/QH15". */
  private static final Pattern OWN_NUMBER_LINE = Pattern.compile("^[\\s*_#|>]*(?:(?:Số|SỐ)\\s*:?|"
      + "(?:Luật|Nghị quyết|Quyết định|Nghị định|Thông tư|Chỉ thị|LUẬT|NGHỊ QUYẾT|QUYẾT ĐỊNH)\\s+(?:số|SỐ)\\s*:)\\s*\\d");
  /**
   * An annex's note of the document it belongs to, which is this one: "(Kèm theo Nghị quyết số 03/NQ-CP ...)",
   * "Ban hành kèm theo Quyết định số 2629/QĐ-TTg ...".
   */
  private static final Pattern ATTACHED_TO = Pattern.compile("^[\\s*_(\\[]*(?:ban hành\\s+)?kèm theo\\s+\\S", FLAGS);

  /** A mention while the citations are gathered; a weak one counts only when it names a document cited in full. */
  private record Mention(String type, String number, String symbol, Range range, String date, String issuer,
      String text, boolean full, boolean weak) {}

  static List<Citation> find(SourceText source) {
    String text = source.text();
    List<Mention> mentions = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    String lower = source.lowerText();
    // LAW, FULL and SHORT begin at type words ("bộ luật", "luật" and "pháp lệnh" are some): listed once
    BitSet typeWords = FULL.candidates(lower, 0, text.length());
    for (MatchResult law : LAW.findAll(text, lower, 0, text.length(), typeWords)) {
      if (!self(source, law.start())) {
        String type = TYPE_WORDS.get(law.group(1).toLowerCase(Locale.ROOT));
        mentions.add(mention(text, "phap_lenh".equals(type) ? type : "luat", law.group(3), law.start(), law.end(), true));
      }
      mark(taken, law.start(), law.end());
    }
    for (MatchResult full : FULL.findAll(text, lower, 0, text.length(), typeWords)) {
      if (taken[full.start()]) {
        continue;
      }
      if (!self(source, full.start())) {
        String type = TYPE_WORDS.get(full.group(1).toLowerCase(Locale.ROOT));
        mentions.add(mention(text, type, full.group(2), full.start(), full.end(), true));
      }
      mark(taken, full.start(), full.end());
    }
    for (MatchResult bare : BARE.findAll(text, lower)) {
      if (taken[bare.start()] || self(source, bare.start()) || !hasCapital(bare.group(1))) {
        continue;
      }
      String number = bare.group(1);
      String type = typeOfSymbol(symbol(number));
      if (type == null) {
        continue; // "5G", "COVID-19": no document's symbol
      }
      mentions.add(mention(text, type, number, bare.start(), bare.end(), false));
      mark(taken, bare.start(), bare.end());
    }
    for (MatchResult shortMention : SHORT.findAll(text, lower, 0, text.length(), typeWords)) {
      if (taken[shortMention.start()] || self(source, shortMention.start())) {
        continue;
      }
      String type = TYPE_WORDS.get(shortMention.group(1).toLowerCase(Locale.ROOT));
      // "Đề án 06" names a document; "kế hoạch 2" in running text may be a count unless a full mention has it
      boolean weak = !Character.isUpperCase(shortMention.group(1).charAt(0));
      mentions.add(new Mention(type, shortMention.group(2), null, new Range(shortMention.start(), shortMention.end()),
          null, null, text.substring(shortMention.start(), shortMention.end()), false, weak));
    }
    String own = ownNumber(source);
    if (own != null) {
      mentions.removeIf(m -> m.symbol() != null && m.number().equalsIgnoreCase(own)); // a web page's caption of it
    }
    mentions.sort((x, y) -> Integer.compare(x.range().start(), y.range().start()));
    return gather(source, mentions);
  }

  /** Whether a number has a capital letter, as a symbol does ("42-NQ/TW"; "1/2" has none). */
  private static boolean hasCapital(String number) {
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= 'A' && c <= 'Z' || c == 'Đ') {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }

  /** The document's own number from its "Số:" line near the top, or null. */
  private static String ownNumber(SourceText source) {
    int lines = Math.min(source.lines().size(), 80);
    for (int i = 0; i < lines; i++) {
      String line = source.lineText(source.lines().get(i));
      if (line.length() < 80 && OWN_NUMBER_LINE.matcher(line).lookingAt()) {
        Matcher n = BARE_NUMBER.matcher(line);
        if (n.find()) {
          return n.group(1);
        }
      } else if (line.strip().matches("[*_|]*(?:Số|SỐ)\\s*:?[*_]*") && i + 1 < source.lines().size()) {
        // a crawled table cell: "Số:" on its line, the number on the next
        Matcher n = BARE_NUMBER.matcher(source.lineText(source.lines().get(i + 1)).strip());
        if (n.lookingAt()) {
          return n.group(1);
        }
      }
    }
    return null;
  }

  /** Whether a mention at an offset names the document itself: its number line, or an annex's "Kèm theo ...". */
  private static boolean self(SourceText source, int offset) {
    String line = source.lineText(source.lineAt(offset));
    int at = offset - source.lineAt(offset).start();
    if (ATTACHED_TO.matcher(line).lookingAt() && line.toLowerCase(Locale.ROOT).indexOf("kèm theo") < at
        && line.length() < 200) {
      return true;
    }
    return OWN_NUMBER_LINE.matcher(line).lookingAt() && source.lineAt(offset).start() + line.indexOf(':') < offset
        && line.length() < 80 && source.lineIndexAt(offset) < 40;
  }

  /** A mention with the date and issuer that follow its number. */
  private static Mention mention(String text, String type, String number, int start, int numberEnd, boolean full) {
    int end = numberEnd;
    String date = null;
    Matcher d = DATE.matcher(text).region(end, Math.min(text.length(), end + 60));
    if (d.lookingAt()) {
      date = d.group(1) != null ? iso(d.group(3), d.group(2), d.group(1)) : iso(d.group(6), d.group(5), d.group(4));
      end = d.end();
    }
    String issuer = null;
    Matcher i = ISSUER.matcher(text).region(end, Math.min(text.length(), end + 160));
    if (i.lookingAt() && Character.isUpperCase(i.group(1).charAt(0))) {
      issuer = i.group(1).replaceAll("\\s+", " ").strip();
      end = i.end();
    }
    return new Mention(type, number, symbol(number), new Range(start, end), date, issuer,
        text.substring(start, end).replaceAll("\\s+", " ").strip(), full, false);
  }

  private static String iso(String year, String month, String day) {
    int m = Integer.parseInt(month);
    int dd = Integer.parseInt(day);
    if (m < 1 || m > 12 || dd < 1 || dd > 31) {
      return null;
    }
    return year + "-" + (m < 10 ? "0" : "") + m + "-" + (dd < 10 ? "0" : "") + dd;
  }

  private static final Pattern SYMBOL = Pattern.compile("^\\d+(?:/(?:19|20)\\d\\d)?[-/](.+)$");
  private static final Pattern NUMBER_YEAR = Pattern.compile("^\\d+/((?:19|20)\\d\\d)/");

  /** The symbol of a number: what follows its serial (and year): "NQ/TW" of "42-NQ/TW", "NĐ-CP" of "73/2024/NĐ-CP". */
  static String symbol(String number) {
    Matcher m = SYMBOL.matcher(number);
    return m.find() ? m.group(1) : null;
  }

  private static String typeOfSymbol(String symbol) {
    if (symbol == null) {
      return null;
    }
    String head = symbol.split("[-/]")[0].toUpperCase(Locale.ROOT);
    if (head.matches("QH\\d+")) {
      return "luat";
    }
    return SYMBOL_TYPES.get(head);
  }

  /** The year a number gives ("73/2024/NĐ-CP"), else a date's. */
  private static Integer year(String number, String date) {
    Matcher m = NUMBER_YEAR.matcher(number);
    if (m.find()) {
      return Integer.valueOf(m.group(1));
    }
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }

  /** Mentions gathered by document: the same number, or a short mention of a type and serial cited in full. */
  private static List<Citation> gather(SourceText source, List<Mention> mentions) {
    Map<String, List<Mention>> byKey = new LinkedHashMap<>();
    Map<String, String> serials = new LinkedHashMap<>(); // "ke_hoach 19" -> key of "Kế hoạch số 19-KH/TW"
    for (Mention m : mentions) {
      if (m.symbol() != null) {
        serials.putIfAbsent(m.type() + " " + serial(m.number()), key(m));
      }
    }
    for (Mention m : mentions) {
      String key = m.symbol() != null ? key(m) : serials.get(m.type() + " " + serial(m.number()));
      if (key == null && m.weak()) {
        continue; // "kế hoạch 2" that no full mention explains
      }
      byKey.computeIfAbsent(key == null ? key(m) : key, k -> new ArrayList<>()).add(m);
    }
    List<Citation> out = new ArrayList<>();
    for (List<Mention> group : byKey.values()) {
      Mention best = group.get(0);
      for (Mention m : group) {
        if (score(m) > score(best)) {
          best = m;
        }
      }
      String date = best.date();
      String issuer = best.issuer();
      for (Mention m : group) {
        date = date != null ? date : m.date();
        issuer = issuer != null ? issuer : m.issuer();
      }
      String type = best.type();
      for (Mention m : group) {
        if (m.full() && m.symbol() != null) {
          type = m.type(); // the type word of a full mention over a symbol's guess
          break;
        }
      }
      List<Range> ranges = group.stream().map(Mention::range).toList();
      out.add(new Citation(type, canonical(group), best.symbol(), year(best.number(), date), date, issuer, best.text(),
          source.position(best.range().start()).line(), best.range().start(), best.range().end(), ranges));
    }
    return out;
  }

  /** The serial of a number without its leading zeros: "6" of "06-NQ/TU" and of "06". */
  private static String serial(String number) {
    return number.replaceFirst("[-/].*$", "").replaceFirst("^0+(?=\\d)", "");
  }

  /** A mention's number as the key of its document: case aside ("27/CT-TTG" of a capitalised title is "27/CT-TTg"). */
  private static String key(Mention m) {
    return m.symbol() != null ? m.number().toUpperCase(Locale.ROOT) : m.type() + " " + m.number();
  }

  /** The number with its symbol as written, in mixed case where a mention has it so (a title in capitals writes "CT-TTG"). */
  private static String canonical(List<Mention> group) {
    List<Mention> symbolled = group.stream().filter(m -> m.symbol() != null).toList();
    if (symbolled.isEmpty()) {
      return group.get(0).number(); // "Đề án 06", cited by its serial alone
    }
    for (Mention m : symbolled) {
      if (!m.number().equals(m.number().toUpperCase(Locale.ROOT))) {
        return m.number();
      }
    }
    return symbolled.get(0).number();
  }

  /** How full a mention is: a type word, a date, an issuer. */
  private static int score(Mention m) {
    return (m.full() ? 4 : 0) + (m.date() != null ? 2 : 0) + (m.issuer() != null ? 1 : 0);
  }
}
