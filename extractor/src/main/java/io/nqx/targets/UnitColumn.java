package io.nqx.targets;

import io.nqx.text.Fold;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The unit a table's unit column gives its row's values: "%", "% GDP", "% dân số" are percent, "%/năm"
 * percent_per_year, "Người/vạn dân" per_10k_population, "Doanh nghiệp/1000 dân" per_1k_population, "tỷ đồng"
 * billion_vnd, "Thứ bậc" rank, "Cấp độ" level, "Chỉ số ..." index, "Tbps" tbps, a counted noun ("Doanh
 * nghiệp", "Tuyến cáp quang biển") units. The unit words a number carries in running text are read the same
 * way, so a cell and a sentence give the same codes. Pure function.
 */
final class UnitColumn {
  private UnitColumn() {}

  private static final Pattern RANK = Pattern.compile("^(?:thu bac|thu hang|xep hang|hang|bac|vi tri|vi thu)(?![\\p{L}\\d])");
  private static final Pattern LEVEL = Pattern.compile("^(?:cap do|muc do|cap)(?![\\p{L}\\d])");
  private static final Pattern INDEX = Pattern.compile("^(?:chi so|diem|he so)(?![\\p{L}\\d])");
  private static final Pattern TIMES = Pattern.compile("^lan$");
  private static final Pattern YEARS = Pattern.compile("^(?:nam|tuoi)$");
  private static final Pattern RATE_WORD = Pattern.compile("^[a-z]+(?:ps|/s)$");

  /** The unit of a unit column's text, with the text as written, or null when the column says none. */
  static Unit of(String text) {
    String s = text.replaceAll("\\s+", " ").strip();
    if (s.isEmpty() || s.equals("-")) {
      return null;
    }
    String probe = "1 " + s;
    List<Mention> ms = MentionFinder.find(probe, 0, probe.length());
    if (ms.size() == 1 && ms.get(0).unit() != Mention.UnitKind.NONE && ms.get(0).unitCode() != null) {
      Mention m = ms.get(0);
      return new Unit(m.unit() == Mention.UnitKind.AGE || m.unit() == Mention.UnitKind.DURATION ? "years"
          : m.unitCode(), s);
    }
    String folded = Fold.fold(s);
    if (RANK.matcher(folded).find()) {
      return new Unit("rank", s);
    }
    if (LEVEL.matcher(folded).find()) {
      return new Unit("level", s);
    }
    if (INDEX.matcher(folded).find()) {
      return new Unit("index", s);
    }
    if (TIMES.matcher(folded).find()) {
      return new Unit("times", s);
    }
    if (YEARS.matcher(folded).find()) {
      return new Unit("years", s);
    }
    String compact = folded.replace(" ", "");
    if (RATE_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).find()) {
      return new Unit(TargetExtractor.snakeCase(s), s);
    }
    if (!compact.isEmpty() && Character.isLetter(s.charAt(0))) {
      return new Unit("units", s); // a counted noun: "Doanh nghiệp", "Thành phố, Tỉnh"
    }
    return null;
  }

  /** A unit code and the words that gave it. */
  record Unit(String code, String text) {}
}
