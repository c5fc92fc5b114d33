package io.nqx.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who leads and who helps, as a document writes it: a table's "Cơ quan phối hợp" cell cut into agencies
 * ("Bộ Công an, Bộ Tài chính và các bộ, ngành, địa phương" is three), and in a sentence "do Sở Y tế chủ trì",
 * "giao Sở Y tế chủ trì", "Sở Y tế chủ trì, phối hợp với Sở Tài chính ...". Pure functions.
 */
final class Agencies {
  private Agencies() {}

  /** A lead agency (or null) and its partners. */
  record Named(String lead, List<String> partners) {
    Named {
      partners = List.copyOf(partners);
    }

    static final Named NONE = new Named(null, List.of());
  }

  /**
   * How an agency's name starts: a separator before one of these starts a new agency, so "các bộ, ngành, địa
   * phương" and "Bộ Khoa học và Công nghệ" stay whole.
   */
  private static final Pattern HEAD = Pattern.compile("^(?:(?:các|những)\\s+địa phương|(?:các\\s+|những\\s+)?(?:bộ|sở|ủy ban|uỷ ban|ubnd|ubmttq|ban|"
      + "văn phòng|ngân hàng|tập đoàn|tổng công ty|công ty|tổng cục|cục|chi cục|viện|trường|đài|thông tấn|hội|"
      + "liên đoàn|liên minh|đoàn|tỉnh đoàn|mặt trận|công an|kho bạc|bảo hiểm|thanh tra|tòa án|toà án|hội đồng|"
      + "trung tâm|học viện|đại học|cơ quan|đơn vị|doanh nghiệp|phòng|quân khu|bộ chỉ huy|"
      + "bộ tư lệnh|vtv|vov|ttxvn|thủ trưởng|giám đốc|chủ tịch|tổ chức))(?=[\\s,;.)]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** An agency's name before "chủ trì": up to twelve words without a stop. */
  private static final String NAME = "((?:[^\\s,;:.()]+\\s+){0,11}?[^\\s,;:.()]+)\\s+(?:chủ trì|làm đầu mối)";
  /** "do X chủ trì", "giao X chủ trì", "giao cho X chủ trì". */
  private static final Pattern BY = Pattern.compile("(?:^|\\s)(?:do|giao(?:\\s+cho)?)\\s+" + NAME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A sentence that opens with "X chủ trì". */
  private static final Pattern OPENS = Pattern.compile("^[\\s\\-+•*–]*" + NAME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Words no agency's name holds: a candidate with one is a clause ("Các hội nghị do lãnh đạo tỉnh"). */
  private static final Pattern CLAUSE_WORD = Pattern.compile("(?:^|\\s)(?:do|giao|được|là|tại|trong|của|cho)(?:\\s|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "phối hợp với X": X runs to the next stop, or to the verb of the task. */
  private static final Pattern WITH = Pattern.compile("phối hợp(?:\\s+với)?\\s+(.+?)(?=[.;:]|\\s(?:để|nhằm|trong|"
      + "tổ chức|thực hiện|triển khai|xây dựng|rà soát|hướng dẫn|tham mưu|đề xuất|theo dõi|kiểm tra|đôn đốc|"
      + "tuyên truyền|bảo đảm|đảm bảo|phấn đấu)\\s|$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A lead cell's text as one agency name: its white space made single. */
  static String lead(String cell) {
    String s = cell.replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  /** The agencies of a partners cell or phrase, in order. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    String s = text.replaceAll("\\s+", " ").strip();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';')) {
        if (c == ';' || HEAD.matcher(s.substring(i + 1).strip()).find()) {
          add(out, s.substring(start, i));
          start = i + 1;
        }
      } else if (depth == 0 && s.startsWith(" và ", i) && HEAD.matcher(s.substring(i + 4)).find()) {
        add(out, s.substring(start, i));
        start = i + 4;
        i += 3;
      }
    }
    add(out, s.substring(start));
    return out;
  }

  private static void add(List<String> out, String part) {
    String p = part.strip().replaceAll("[.,;:]+$", "").strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /** The lead and partners a sentence names ("Sở Y tế chủ trì, phối hợp với Sở Tài chính ..."). */
  static Named inSentence(String sentence) {
    String lead = null;
    int from = 0;
    for (Pattern p : List.of(BY, OPENS)) {
      Matcher m = p.matcher(sentence);
      while (lead == null && m.find()) {
        String candidate = m.group(1).strip();
        if (HEAD.matcher(candidate).find() && !CLAUSE_WORD.matcher(candidate).find()) {
          lead = candidate;
          from = m.end();
        }
      }
    }
    if (lead == null) {
      return Named.NONE;
    }
    Matcher w = WITH.matcher(sentence);
    List<String> partners = w.find(from) ? split(w.group(1)) : List.of();
    return new Named(lead, partners);
  }
}
