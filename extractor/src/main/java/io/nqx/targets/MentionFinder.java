package io.nqx.targets;

import io.nqx.text.Fold;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
      "(\\d(?<![\\p{L}\\p{N}/.,\\-–]\\d)\\d*(?:[.,]\\d+)*)(?![\\p{N}]|[.,]\\d|/\\s*[\\p{N}\\p{L}]|-\\p{Lu})");
  private static final Pattern RANGE_TAIL = Pattern.compile("\\s*[-–—]\\s*(" + NUM + ")(?![\\p{N}]|/\\s*[\\p{N}\\p{L}])");
  private static final Pattern TO_TAIL = Pattern.compile("\\s+(?:đến|tới)\\s+(" + NUM + ")");
  private static final Pattern PERCENT_PER_YEAR = Pattern.compile("\\s*%\\s*/\\s*năm");
  private static final Pattern PERCENT = Pattern.compile("\\s*%");
  private static final Pattern AREA = Pattern.compile("\\s*(?:m2|m²)(?:\\s*sàn)?(?:\\s*/\\s*(?:người|ng))?");
  private static final Pattern LITRES = Pattern.compile("\\s*lít\\s*/\\s*người\\s*/\\s*ngày");
  private static final Pattern AGE = Pattern.compile("\\s*(?:tháng\\s+)?tuổi\\b");
  private static final Pattern YEARS = Pattern.compile("\\s*năm\\b");
  private static final Pattern RATE = Pattern.compile(
      "\\s*\\p{L}+(?:\\s+\\p{L}+)?\\s*/\\s*(?:\\d+(?:[.,]\\d+)*\\s+)?\\p{L}+(?:\\s+\\p{L}+)?");
  private static final Pattern DWELLINGS = Pattern.compile("\\s*căn(?:\\s+hộ)?\\b");
  private static final Pattern PER_POPULATION = Pattern.compile("\\s*(?:vạn\\s+)?dân\\b");
  private static final Pattern MORE_AFTER = Pattern.compile("\\s*(?:trở\\s+lên)");
  private static final Pattern LEVEL_BEFORE = Pattern.compile("mức\\s+độ\\s*$");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");

  /** Words right before a number that make it an ordinal, a date part or a name, not a quantity. */
  private static final List<String> NOT_A_QUANTITY_BEFORE = List.of(
      "ngay", "thang", "quy", "so", "lan", "khoa", "thu", "dieu", "khoan", "diem", "muc", "phan", "chuong",
      "dot", "giai doan", "nhiem ki", "ki niem", "nam", "tu nam", "den nam");

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
      if (before.endsWith(" " + word) || before.equals(word)) {
        return null;
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

    Mention.UnitKind unit = Mention.UnitKind.NONE;
    int end = numberEnd;
    Matcher u;
    if ((u = PERCENT_PER_YEAR.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.PERCENT_PER_YEAR;
    } else if ((u = PERCENT.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.PERCENT;
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
    } else if ((u = RATE.matcher(text).region(numberEnd, to)).lookingAt()) {
      unit = Mention.UnitKind.RATE;
    } else if ((u = PER_POPULATION.matcher(text).region(numberEnd, to)).lookingAt()
        && (before.endsWith("tren") || before.endsWith("moi"))) {
      return null; // "trên 10.000 dân", "trên 1 vạn dân": the denominator of a rate, not a value
    } else {
      u = null;
    }
    String unitText = null;
    if (u != null) {
      end = u.end();
      unitText = text.substring(numberEnd, end).strip();
    }
    if (unit == Mention.UnitKind.NONE && LEVEL_BEFORE.matcher(text.substring(Math.max(from, m.start() - 12), m.start())).find()) {
      unit = Mention.UnitKind.LEVEL;
      unitText = "mức độ";
    }
    if (unit == Mention.UnitKind.NONE && isYear(first)) {
      return null;
    }

    Relation comparator = Comparators.before(text.substring(Math.max(from, m.start() - 40), m.start()));
    int start = m.start() - Comparators.lengthBefore(text, from, m.start());
    Matcher more = MORE_AFTER.matcher(text).region(end, to);
    if (more.lookingAt()) {
      comparator = comparator == Relation.GT ? Relation.GT : Relation.GE;
      end = more.end();
    }
    if (max != null) {
      comparator = Relation.RANGE;
    }
    if (unit == Mention.UnitKind.LEVEL) {
      start = text.lastIndexOf("mức", m.start());
    }
    return new Mention(start, m.start(), numberEnd, end, value, max, comparator, unit, unitText);
  }

  private static boolean isYear(String s) {
    return s.length() == 4 && YEAR.matcher(s).matches();
  }
}
