package io.nqx.targets;

import java.math.BigDecimal;

/**
 * Reads a number written in Vietnamese notation: a comma is the decimal mark and dots group thousands
 * ("99,5" is 99.5, "74.900" is 74900, "0,738" is 0.738, "02" is 2). A dot followed by one or two digits, as
 * in "2.35", can only be a decimal point written the English way.
 */
final class NumberText {
  private NumberText() {}

  /** The value of {@code text}, or null when it is no well-formed number. */
  static BigDecimal parse(String text) {
    if (text.isEmpty() || !Character.isDigit(text.charAt(0)) || !Character.isDigit(text.charAt(text.length() - 1))) {
      return null;
    }
    String digits;
    int comma = text.indexOf(',');
    if (comma >= 0) {
      // One decimal comma, thousands dots before it only: "1,2.3" is no number (it was a crash).
      if (text.indexOf(',', comma + 1) >= 0 || text.indexOf('.', comma + 1) >= 0
          || !thousandsGroups(text.substring(0, comma))) {
        return null;
      }
      digits = text.substring(0, comma).replace(".", "") + "." + text.substring(comma + 1);
    } else if (text.indexOf('.') >= 0) {
      digits = thousandsGroups(text) ? text.replace(".", "") : englishDecimal(text);
      if (digits == null) {
        return null;
      }
    } else {
      digits = text;
    }
    BigDecimal value = new BigDecimal(digits).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** "74.900", "1.500.000", or plain digits: groups of three after the first. */
  private static boolean thousandsGroups(String s) {
    String[] groups = s.split("\\.", -1);
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return groups[0].length() >= 1 && groups[0].length() <= 3 || groups.length == 1;
  }

  private static String englishDecimal(String s) {
    String[] parts = s.split("\\.", -1);
    return parts.length == 2 && parts[1].length() <= 2 ? s : null;
  }
}
