package io.nqx.targets;

import io.nqx.text.Prefiltered;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year an undated document was most likely written: the latest year it names as a date or as a plain
 * "năm YYYY", leaving out the years it looks ahead to ("đến năm 2030", "tầm nhìn 2045", the end of a period).
 * Telling a past figure from a target needs a "now"; the document's own dates give one without a clock.
 */
final class DocumentYear {
  private DocumentYear() {}

  // Each tried only where it can begin (Prefiltered): a numeric date at a number's first digit, a date in
  // words at "tháng". They were one alternation; neither can match inside the other's match (a numeric date
  // holds no letter, a date in words no "d/d/yyyy"), so the latest year of both is the same.
  private static final Prefiltered DATE = Prefiltered.atDigits(Pattern.compile("(?<![\\p{L}\\d])\\d{1,2}\\s*[/.-]\\s*\\d{1,2}"
      + "\\s*[/.-]\\s*((?:19|20)\\d\\d)(?![\\p{L}\\d])"));
  private static final Prefiltered DATE_IN_WORDS = Prefiltered.atWords(
      Pattern.compile("tháng\\s+\\d{1,2}\\s+năm\\s+((?:19|20)\\d\\d)(?![\\p{L}\\d])"), List.of("tháng"));
  private static final Pattern PLAIN_YEAR = Pattern.compile(
      "năm(?<!(?:đến |tới |hết |nhìn |đoạn |[-–/] ?)năm)\\s+((?:19|20)\\d\\d)(?![\\d]|\\s*[-–]\\s*\\d)");
  // The literal first and the look-behind after it: a look-behind that leads is tried at every offset of the
  // text (measured: 10 ms for a 60 KB document, 0.1 ms this way); the matches are the same.

  /** The estimate, or null when the text names no year. */
  static Integer estimate(String text) {
    return estimate(text, Prefiltered.lower(text));
  }

  /** The estimate; {@code lower} is the text in lower case ({@link Prefiltered#lower}). */
  static Integer estimate(String text, String lower) {
    Integer best = null;
    for (MatchResult m : DATE.findAll(text, lower)) {
      best = later(best, m.group(1));
    }
    for (MatchResult m : DATE_IN_WORDS.findAll(text, lower)) {
      best = later(best, m.group(1));
    }
    Matcher m = PLAIN_YEAR.matcher(text);
    while (m.find()) {
      best = later(best, m.group(1));
    }
    return best;
  }

  private static Integer later(Integer best, String y) {
    if (y == null) {
      return best;
    }
    int year = Integer.parseInt(y);
    return best == null ? year : Math.max(best, year);
  }
}
