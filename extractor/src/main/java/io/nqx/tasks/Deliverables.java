package io.nqx.tasks;

import io.nqx.text.Prefiltered;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a passage's work produces, when it names a document: {@code ke_hoach}, {@code bao_cao}, {@code de_an},
 * {@code chuong_trinh}, {@code nghi_quyet}, {@code huong_dan}, or {@code van_ban} (any other document: a
 * directive, decision, regulation, law). A report due at intervals ("định kỳ ... báo cáo") is what such a
 * passage delivers whatever it does first; else the first document a verb of making produces ("xây dựng, ban
 * hành kế hoạch", "cụ thể hóa ... vào các nghị quyết"); a document to carry out ("triển khai Kế hoạch số
 * 30-KH/TU") is no deliverable. Pure functions.
 */
public final class Deliverables {
  private Deliverables() {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  // Each pattern is tried only where one of its first words starts (Prefiltered): the same matches.
  private static final Prefiltered PERIODIC_REPORT = Prefiltered.atWords(Pattern.compile(
      "(?:định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|6 tháng|sáu tháng)[^.;]{0,60}?(?<![\\p{L}\\d])báo cáo"
          + "|báo cáo\\s+(?:định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|sơ kết|tổng kết)", FLAGS),
      List.of("định kỳ", "hằng năm", "hàng năm", "hằng quý", "hàng quý", "6 tháng", "sáu tháng", "báo cáo"));
  private static final String MAKE = "(?:xây dựng|ban hành|lập|soạn thảo|trình|hoàn thành việc xây dựng|tham mưu ban hành|"
      + "tham mưu xây dựng|chủ động xây dựng|xây dựng và ban hành|xây dựng, ban hành|sửa đổi|bổ sung|hoàn thiện)";
  /** A verb of making, then within a few words a document's noun (the words between hold no other verb). */
  private static final Prefiltered MADE = Prefiltered.atWords(Pattern.compile("(?<![\\p{L}\\d])" + MAKE + "(?:\\s+(?:và|,)?\\s*(?:tổ chức thực hiện|triển khai"
      + "(?:\\s+thực hiện)?|phát động|ban hành|trình))?\\s+(?:các\\s+|một số\\s+|mới\\s+)?"
      + "(chương trình,\\s*kế hoạch|kế hoạch,\\s*chương trình|kế hoạch|đề án|chương trình|nghị quyết|văn bản hướng dẫn|"
      + "hướng dẫn|báo cáo|chỉ thị|quyết định|quy định|quy chế|luật|nghị định|thông tư|văn bản|hồ sơ)(?![\\p{L}])", FLAGS),
      List.of(MAKE.substring("(?:".length(), MAKE.length() - 1).split("\\|")));
  /** "cụ thể hóa ... vào (trong) (các) nghị quyết": made into the resolutions of a council. */
  private static final Prefiltered INTO = Prefiltered.atWords(Pattern.compile("(?<![\\p{L}\\d])cụ thể hóa(?![\\p{L}\\d])[^.;]{0,200}?(?<![\\p{L}\\d])vào\\s+"
      + "(?:trong\\s+)?(?:các\\s+)?(nghị quyết|kế hoạch|chương trình)", FLAGS), List.of("cụ thể hóa"));

  /** The deliverable of {@code text[from, to)}, or null. */
  public static String of(String text, int from, int to) {
    return of(Passage.of(text, from, to));
  }

  /** The deliverable of a passage, or null. */
  static String of(Passage passage) {
    // What a cited document's title says it does ("... về ban hành quy định ...") is not this passage's work.
    boolean[] cited = passage.cited();
    StringBuilder kept = new StringBuilder(passage.text().substring(passage.from(), passage.to()));
    for (int i = 0; i < cited.length; i++) {
      if (cited[i]) {
        kept.setCharAt(i, ' ');
      }
    }
    String s = kept.toString();
    String lower = Prefiltered.lower(s);
    if (PERIODIC_REPORT.first(s, lower) != null) {
      return "bao_cao";
    }
    MatchResult made = MADE.first(s, lower);
    MatchResult into = INTO.first(s, lower);
    int madeAt = made != null ? made.start() : Integer.MAX_VALUE;
    int intoAt = into != null ? into.start() : Integer.MAX_VALUE;
    if (madeAt == Integer.MAX_VALUE && intoAt == Integer.MAX_VALUE) {
      return null;
    }
    String noun = madeAt <= intoAt ? made.group(1) : into.group(1);
    return code(noun);
  }

  /** The deliverable a task table's product cell names ("Kế hoạch của các bộ", "Luật của Quốc hội"), or null. */
  public static String ofProduct(String cell) {
    String s = cell.strip().toLowerCase(java.util.Locale.ROOT);
    Matcher m = Pattern.compile("^(?:các\\s+|bộ\\s+)?(chương trình|kế hoạch|đề án|nghị quyết|hướng dẫn|văn bản hướng dẫn|"
        + "báo cáo|chỉ thị|quyết định|quy định|quy chế|luật|nghị định|thông tư|văn bản|trình quốc hội dự thảo luật|"
        + "dự thảo|tờ trình)", FLAGS).matcher(s);
    if (m.find()) {
      return code(m.group(1));
    }
    return null;
  }

  private static String code(String noun) {
    String n = noun.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (n.contains("kế hoạch")) {
      return "ke_hoach"; // "chương trình, kế hoạch": a plan
    }
    return switch (n) {
      case "đề án" -> "de_an";
      case "chương trình" -> "chuong_trinh";
      case "nghị quyết" -> "nghi_quyet";
      case "hướng dẫn", "văn bản hướng dẫn" -> "huong_dan";
      case "báo cáo" -> "bao_cao";
      default -> "van_ban";
    };
  }
}
