package io.nqx.targets;

import io.nqx.text.Fold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number expressions in a clause and reads each one's value, range, comparator and unit, leaving out
 * what is never a quantity: dates, document numbers, years and periods, numbering, and the "trên 10.000 dân"
 * denominator. Pure rules over the normalized text.
 */
final class MentionFinder {
  private MentionFinder() {}

  private static final String NUM = "\\d+(?:[.,]\\d+)*";
  /**
   * A number not glued to letters, dates ("24/11"), document numbers ("42-NQ") or other numbers. The check
   * of the character before is made after the first digit ("\d(?<![...]\d)"), not before it: the same
   * condition, but the matcher rejects a position that holds no digit at once instead of testing the
   * character classes behind every position of the text.
   */
  private static final Pattern NUMBER = Pattern.compile(
      "(\\d(?<![\\p{L}\\p{N}/.,\\-–]\\d)\\d*(?:[.,]\\d+)*)(?![\\p{N}]|[.,]\\d|/\\s*[\\p{N}\\p{L}]|-\\p{Lu}|\\p{Lu}(?!\\p{L}))");
  private static final Pattern RANGE_TAIL = Pattern.compile("\\s*[-–—]\\s*(" + NUM + ")(?![\\p{N}]|/\\s*[\\p{N}\\p{L}])");
  private static final Pattern TO_TAIL = Pattern.compile("\\s+(?:đến|tới)\\s+(" + NUM + ")");
  /** After a first value with its unit: "từ 30% đến 70%", "từ 61% đến dưới 81%". */
  private static final Pattern UNIT_TO_TAIL = Pattern.compile("\\s*(?:đến|tới)\\s+(?:(?:dưới|không quá)\\s+)?(" + NUM + ")");
  /** After a first percentage: "20% - 50%". */
  private static final Pattern PERCENT_RANGE_TAIL = Pattern.compile("\\s*[-–—]\\s*(" + NUM + ")(?=\\s*%)");
  /** Scale words: "2 triệu", "84,3 nghìn tỷ", "22 - 23 triệu"; not "tỷ lệ". */
  private static final Pattern SCALE = Pattern.compile(
      "\\s*(nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ)(?![\\p{L}\\p{N}])(?!\\s+lệ(?![\\p{L}\\d]))");
  private static final Pattern PERCENT_PER_YEAR = Pattern.compile("\\s*%\\s*/\\s*năm");
  /** A percentage, with the whole it is a share of when that is an economy's output: "55 - 58% GDP". */
  private static final Pattern PERCENT = Pattern.compile("\\s*%(?:\\s*(?:GDP|GRDP|GNI)(?![\\p{L}\\d]))?");
  private static final Pattern MONEY = Pattern.compile(
      "\\s*(đồng|VNĐ|VND|vnđ|USD|đô la(?:\\s+Mỹ)?)(?![\\p{L}])(?:\\s*/\\s*(\\p{L}+(?:\\s+\\p{L}+)?))?");
  private static final Pattern AREA = Pattern.compile("\\s*(?:m2|m²)(?:\\s*sàn)?(?:\\s*/\\s*(?:người|ng))?");
  private static final Pattern LITRES = Pattern.compile("\\s*lít\\s*/\\s*người\\s*/\\s*ngày");
  private static final Pattern AGE = Pattern.compile("\\s*(?:tháng\\s+)?tuổi(?![\\p{L}\\d])");
  private static final Pattern YEARS = Pattern.compile("\\s*năm(?![\\p{L}\\d])");
  private static final Pattern DWELLINGS = Pattern.compile("\\s*căn(?:\\s+hộ)?(?![\\p{L}\\d])");
  private static final Pattern TIMES = Pattern.compile("\\s*lần(?![\\p{L}\\d])(?:\\s*/\\s*(năm|tháng|quý|ngày))?");
  /** "20 doanh nghiệp hoạt động/nghìn dân", "9 bác sĩ/vạn dân", "5 giường/10.000 dân". */
  private static final Pattern PER_POPULATION = Pattern.compile(
      "\\s*((?:\\p{L}+\\s+){0,3}\\p{L}+)?\\s*/\\s*(1\\.000|1000|nghìn|ngàn|một nghìn|10\\.000|10000|vạn|1 vạn|một vạn|"
      + "100\\.000|100000)\\s+(?:dân|người)(?![\\p{L}\\d])");
  private static final Pattern RATE = Pattern.compile(
      "\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s*/\\s*(?:\\d+(?:[.,]\\d+)*\\s+)?\\p{L}+(\\s+\\p{L}+)?");
  /** A place in a ranking after "nhóm N": "nước đứng đầu ASEAN", "nền kinh tế dẫn đầu thế giới". */
  private static final Pattern RANK_AFTER = Pattern.compile(
      "\\s*(?:(?:nước|quốc gia|nền kinh tế|tỉnh|địa phương|trường|đại học)\\s+)?(?:có\\s+)?(?:đứng đầu|dẫn đầu|hàng đầu|"
      + "đầu|tốt nhất|cao nhất)\\s+((?:khu vực\\s+)?[\\p{L}]+(?:\\s+[\\p{L}]+){0,3})");
  /** A place in a ranking written as a number and a region: "≤ 3 Đông Nam Á", "≤ 50 Thế giới". */
  private static final Pattern RANK_REGION = Pattern.compile(
      "\\s*(ASEAN|Đông Nam Á|[Cc]hâu Á|[Tt]hế giới|[Tt]oàn cầu|[Kk]hu vực(?:\\s+[\\p{L}]+){0,2})(?![\\p{L}])");
  private static final Pattern RANK_BEFORE = Pattern.compile("(?:nhóm|Nhóm|top|Top|TOP)\\s*$");
  private static final Pattern DENOMINATOR = Pattern.compile("\\s*(?:vạn\\s+)?dân(?![\\p{L}\\d])");
  private static final Pattern MORE_AFTER = Pattern.compile("\\s*(?:trở\\s+lên)");
  private static final Pattern LEVEL_BEFORE = Pattern.compile("(?:mức|cấp)\\s+độ\\s*$");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /** Words that end a unit's words: a unit is a noun, never a conjunction, preposition or verb after it. */
  static final Set<String> STOP_WORDS = Set.of("và", "hoặc", "của", "trong", "cho", "từ", "với",
      "gồm", "là", "được", "thì", "tại", "theo", "đến", "để", "có", "các", "những", "khi", "nếu", "hay", "cùng", "bằng",
      "so", "trở", "đạt", "lên", "xuống", "trên", "dưới", "mỗi", "này", "đó", "như", "nhưng", "mà", "thuộc", "vào",
      "về", "ở", "nhằm", "phải", "sẽ", "đã", "đang", "đối", "nên", "kể", "trừ");

  /** Words right before a number that make it an ordinal, a date part or a name, not a quantity. */
  private static final List<String> NOT_A_QUANTITY_BEFORE = List.of(
      "ngay", "thang", "quy", "so", "lan", "khoa", "thu", "dieu", "khoan", "diem", "muc", "phan", "chuong",
      "dot", "giai doan", "nhiem ki", "ki niem", "nam", "tu nam", "den nam",
      // A document named by its number: "Nghị quyết 68", "Đề án 06", "Chỉ thị 27", "Kế hoạch 19".
      "nghi quyet", "quyet dinh", "chi thi", "ke hoach", "chuong trinh", "de an", "thong tu", "nghi dinh", "luat",
      "van ban", "cong van", "ket luan", "thong bao", "bao cao", "to trinh", "du an so");

  static List<Mention> find(String text, int from, int to) {
    List<Mention> out = new ArrayList<>();
    if (!hasDigit(text, from, to)) {
      return out; // most clauses: no need to try the pattern at every position
    }
    Matcher m = NUMBER.matcher(text).region(from, to);
    int skipUntil = from;
    while (m.find()) {
      if (m.start() < skipUntil) {
        continue;
      }
      Mention mention = read(text, from, to, m);
      if (mention != null && !out.isEmpty() && mention.start() < out.get(out.size() - 1).end()) {
        // Its comparator is the tail of the previous mention's unit ("9 bác sĩ/trên 10.000 dân": "trên"):
        // one expression, read once. Kept, the two would overlap.
        skipUntil = mention.end();
        continue;
      }
      if (mention != null) {
        out.add(mention);
        skipUntil = mention.end();
      } else {
        skipUntil = skipPast(text, to, m);
      }
    }
    return out;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** After a rejected number, also skip the second half of its range ("2026-2030"). */
  private static int skipPast(String text, int to, Matcher m) {
    Matcher range = RANGE_TAIL.matcher(text).region(m.end(), to);
    return range.lookingAt() ? range.end() : m.end();
  }

  private static Mention read(String text, int from, int to, Matcher m) {
    String first = m.group(1);
    BigDecimal value = NumberText.parse(first);
    if (value == null) {
      return null;
    }
    String before = Fold.fold(text.substring(Math.max(from, m.start() - 40), m.start()));
    for (String word : NOT_A_QUANTITY_BEFORE) {
      if ((before.endsWith(" " + word) || before.equals(word)) && !before.endsWith("he so")) {
        return null; // "số 15", "Điều 3", "Nghị quyết 68"; but "hệ số 2,34" is a coefficient
      }
    }
    int numberEnd = m.end();
    BigDecimal max = null;
    Matcher range = RANGE_TAIL.matcher(text).region(numberEnd, to);
    boolean fromTo = before.endsWith(" tu") || before.equals("tu");
    Matcher toTail = TO_TAIL.matcher(text).region(numberEnd, to);
    if (range.lookingAt() && NumberText.parse(range.group(1)) != null) {
      max = NumberText.parse(range.group(1));
      numberEnd = range.end();
    } else if (fromTo && toTail.lookingAt() && NumberText.parse(toTail.group(1)) != null) {
      max = NumberText.parse(toTail.group(1));
      numberEnd = toTail.end();
    }
    if (isYear(first) && (max == null || isYear(range.lookingAt() ? range.group(1) : toTail.group(1)))) {
      // A year or a period ("2026-2030"): unless a percent sign says otherwise, no quantity.
      if (!PERCENT.matcher(text).region(numberEnd, to).lookingAt()) {
        return null;
      }
    }
    if (max != null && max.compareTo(value) < 0) {
      return null;
    }
    Matcher scale = SCALE.matcher(text).region(numberEnd, to);
    BigDecimal factor = BigDecimal.ONE;
    if (scale.lookingAt()) {
      factor = scaleOf(scale.group(1));
      numberEnd = scale.end();
    }

    Mention.UnitKind unit = Mention.UnitKind.NONE;
    String unitId = null;
    int trimmedEnd = -1; // where a unit's words stop when the pattern read a word past them
    Matcher u;
    if ((u = PERCENT_PER_YEAR.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.PERCENT_PER_YEAR;
    } else if ((u = PERCENT.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.PERCENT;
    } else if ((u = MONEY.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.MONEY;
      Money money = money(u.group(1), factor);
      unitId = money.code() + (u.group(2) == null ? "" : "_per_" + TargetExtractor.snakeCase(unitWords(u.group(2))));
      factor = money.factor();
      if (u.group(2) != null && !u.group(2).equals(unitWords(u.group(2)))) {
        trimmedEnd = u.start(2) + unitWords(u.group(2)).length();
      }
    } else if ((u = LITRES.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.LITRES_PER_PERSON_PER_DAY;
    } else if ((u = AREA.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = u.group().contains("/") || u.group().contains("sàn")
          ? Mention.UnitKind.M2_PER_PERSON : Mention.UnitKind.SQUARE_METRES;
    } else if ((u = AGE.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.AGE;
    } else if ((u = YEARS.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.DURATION;
    } else if ((u = DWELLINGS.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.DWELLINGS;
    } else if ((u = TIMES.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.TIMES;
      unitId = u.group(1) == null ? "times" : "times_per_" + TargetExtractor.snakeCase(u.group(1));
    } else if ((u = PER_POPULATION.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.PER_POPULATION;
      unitId = perPopulation(u.group(2));
    } else if (RANK_BEFORE.matcher(text.substring(Math.max(from, m.start() - 8), m.start())).find()
        && (u = RANK_AFTER.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.RANK;
    } else if ((u = RANK_REGION.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.RANK;
    } else if ((u = RATE.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.RATE;
      if (u.group(1) != null && STOP_WORDS.contains(u.group(1).strip().toLowerCase(Locale.ROOT))) {
        trimmedEnd = u.start(1); // "24 giờ/ngày và": the unit stops before the conjunction
      }
    } else if ((u = DENOMINATOR.matcher(text).region(numberEnd, to)).lookingAt()
        && (before.endsWith("tren") || before.endsWith("moi"))) {
      return null; // "trên 10.000 dân", "trên 1 vạn dân": the denominator of a rate, not a value
    } else {
      u = null;
    }
    String unitText = null;
    int end = numberEnd;
    if (u != null) {
      end = trimmedEnd >= 0 ? trimmedEnd : u.end();
      unitText = text.substring(numberEnd, end).strip();
    }
    if (unit == Mention.UnitKind.RANK) {
      unitText = regionWords(u.group(1).strip());
      end = u.start(1) + unitText.length();
    }
    value = value.multiply(factor).stripTrailingZeros();
    value = value.scale() < 0 ? value.setScale(0) : value;
    if (max != null) {
      max = max.multiply(factor).stripTrailingZeros();
      max = max.scale() < 0 ? max.setScale(0) : max;
    }
    if (unit == Mention.UnitKind.NONE && LEVEL_BEFORE.matcher(text.substring(Math.max(from, m.start() - 12), m.start())).find()) {
      unit = Mention.UnitKind.LEVEL;
      unitText = text.substring(Math.max(from, m.start() - 12), m.start()).contains("cấp") ? "cấp độ" : "mức độ";
    }
    if (unit == Mention.UnitKind.NONE && isYear(first)) {
      return null;
    }

    Relation comparator = Comparators.before(text.substring(Math.max(from, m.start() - 40), m.start()));
    int start = m.start() - Comparators.lengthBefore(text, from, m.start());
    Symbol symbol = symbolBefore(text, from, m.start());
    if (symbol != null) {
      comparator = symbol.relation();
      start = symbol.start();
    }
    Matcher more = MORE_AFTER.matcher(text).region(end, to);
    if (more.lookingAt()) {
      comparator = comparator == Relation.GT ? Relation.GT : Relation.GE;
      end = more.end();
    }
    if (max == null && unit != Mention.UnitKind.NONE) {
      // "từ 30% đến 70%", "20% - 50%": the unit stands after each value.
      Matcher second = (fromTo ? UNIT_TO_TAIL : PERCENT_RANGE_TAIL).matcher(text).region(end, to);
      if ((fromTo || unit == Mention.UnitKind.PERCENT) && second.lookingAt()) {
        BigDecimal upper = NumberText.parse(second.group(1));
        Pattern again = unitPattern(unit);
        Matcher unitAgain = again == null ? null : again.matcher(text).region(second.end(), to);
        if (upper != null && unitAgain != null && unitAgain.lookingAt()
            && upper.multiply(factor).compareTo(value) >= 0) {
          max = upper.multiply(factor).stripTrailingZeros();
          max = max.scale() < 0 ? max.setScale(0) : max;
          numberEnd = second.end();
          end = unitAgain.end();
        }
      }
    }
    if (max != null) {
      comparator = Relation.RANGE;
    }
    if (unit == Mention.UnitKind.LEVEL) {
      start = Math.max(text.lastIndexOf("mức", m.start()), text.lastIndexOf("cấp", m.start()));
    }
    if (unit == Mention.UnitKind.RANK) {
      Matcher group = RANK_BEFORE.matcher(text.substring(Math.max(from, m.start() - 8), m.start()));
      if (group.find()) {
        start = Math.max(from, m.start() - 8) + group.start();
        if (comparator == Relation.EQ) {
          comparator = Relation.LE; // "nhóm 3 nước đứng đầu": third place or better
        }
      }
    }
    return new Mention(start, m.start(), numberEnd, end, value, max, comparator, unit, unitId, unitText);
  }

  /** The pattern that reads a unit kind again after the second value of a range, or null for no range. */
  private static Pattern unitPattern(Mention.UnitKind unit) {
    return switch (unit) {
      case PERCENT -> PERCENT;
      case PERCENT_PER_YEAR -> PERCENT_PER_YEAR;
      case MONEY -> MONEY;
      case TIMES -> TIMES;
      case AGE -> AGE;
      case DURATION -> YEARS;
      default -> null;
    };
  }

  private static BigDecimal scaleOf(String word) {
    return switch (word) {
      case "nghìn tỷ", "ngàn tỷ" -> new BigDecimal("1000000000000");
      case "tỷ" -> new BigDecimal("1000000000");
      case "triệu" -> new BigDecimal("1000000");
      default -> new BigDecimal("1000");
    };
  }

  /** A currency's unit code and what the number must be multiplied by to be counted in it. */
  private record Money(String code, BigDecimal factor) {}

  /**
   * Money is counted in its unit: with "tỷ" in billions ("84,3 nghìn tỷ đồng" is 84300 billion_vnd), with
   * "triệu" in millions, else in the currency itself ("5.000 USD" is 5000 usd, "6.000.000 đồng" 6000000 vnd).
   */
  private static Money money(String currency, BigDecimal factor) {
    String base = currency.equals("USD") || currency.startsWith("đô la") ? "usd" : "vnd";
    BigDecimal billion = new BigDecimal("1000000000");
    BigDecimal million = new BigDecimal("1000000");
    if (factor.compareTo(billion) >= 0) {
      return new Money("billion_" + base, factor.divide(billion));
    }
    if (factor.compareTo(million) == 0) {
      return new Money("million_" + base, BigDecimal.ONE);
    }
    return new Money(base, factor);
  }

  private static String perPopulation(String denominator) {
    return switch (denominator) {
      case "1.000", "1000", "nghìn", "ngàn", "một nghìn" -> "per_1k_population";
      case "100.000", "100000" -> "per_100k_population";
      default -> "per_10k_population";
    };
  }

  /** A ranking's region up to the first word that is no part of a name ("ASEAN và nhóm" is "ASEAN"). */
  private static String regionWords(String words) {
    String[] w = words.split(" ");
    StringBuilder out = new StringBuilder(w[0]);
    for (int i = 1; i < w.length && !STOP_WORDS.contains(w[i].toLowerCase(Locale.ROOT)) && !w[i].equals("nhóm"); i++) {
      out.append(' ').append(w[i]);
    }
    return out.toString();
  }

  /** The words of a unit's denominator up to the first word that is no part of a unit ("ha và" is "ha"). */
  private static String unitWords(String words) {
    String[] w = words.split(" ");
    return w.length > 1 && STOP_WORDS.contains(w[1].toLowerCase(Locale.ROOT)) ? w[0] : words;
  }

  /** A comparison sign right before a number, and where it stands. */
  private record Symbol(Relation relation, int start) {}

  /** "≥ 55", "≤ 3", "> 0,7", ">= 30", "<5", "~ 75": the sign before the number (spaces allowed). */
  private static Symbol symbolBefore(String text, int from, int numberStart) {
    int i = numberStart - 1;
    while (i >= from && text.charAt(i) == ' ') {
      i--;
    }
    if (i < from) {
      return null;
    }
    char c = text.charAt(i);
    boolean equals = c == '=' && i - 1 >= from;
    char sign = equals ? text.charAt(i - 1) : c;
    int start = equals ? i - 1 : i;
    Relation relation = switch (sign) {
      case '≥' -> Relation.GE;
      case '≤' -> Relation.LE;
      case '>' -> equals ? Relation.GE : Relation.GT;
      case '<' -> equals ? Relation.LE : Relation.LT;
      case '~', '≈' -> equals ? null : Relation.APPROX;
      default -> null;
    };
    return relation == null ? null : new Symbol(relation, start);
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && YEAR.matcher(s).matches();
  }
}
