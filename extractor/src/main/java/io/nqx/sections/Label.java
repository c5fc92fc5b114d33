package io.nqx.sections;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering label at the start of a line: its style, the number as written without a trailing dot
 * ("2.2", "IV", "(1)", "a", "Phần I", "Điều 1"), and where the title after it starts.
 *
 * @param components for ARABIC the numbers of a hierarchical label ("3.5.1" gives [3, 5, 1]), else empty
 * @param titleStart offset in the line where the text after the label starts
 */
record Label(LabelStyle style, String number, List<Integer> components, int titleStart) {

  private static final String ROMAN = "(?:X{0,3})(?:IX|IV|V?I{0,3})";
  private static final Pattern PART = Pattern.compile(
      "(?iu:phần)\\s+(" + ROMAN + "|\\d{1,2}|(?iu:thứ\\s+\\p{L}+))(?:\\s*[.:\\-–—]\\s*|\\s+|$)");
  private static final Pattern ARTICLE = Pattern.compile("(?iu:điều)\\s+(\\d{1,3})\\s*[.:]\\s*");
  private static final Pattern ROMAN_LABEL = Pattern.compile("(" + ROMAN + ")\\s*[.\\-–—:)](?:\\s+|$)");
  private static final Pattern UPPER = Pattern.compile("([A-HK-UYĐ])\\.(?:\\s+|$)");
  /**
   * "A- TÌNH HÌNH", "B – ĐỊNH HƯỚNG", "C: TỔ CHỨC": a letter with a dash or colon, a space, then a capital (so
   * "A-Lưới" and "B-52" are words).
   */
  private static final Pattern UPPER_DASH = Pattern.compile("([A-HK-UYĐ])\\s*[\\-–—:]\\s+(?=\\p{Lu})");
  private static final Pattern ARABIC = Pattern.compile(
      "(\\d{1,2}(?:\\.\\d{1,2}){0,4})(?:(\\.)|(?<=\\d\\.\\d{1,2}))(?:\\s+|$)");
  private static final Pattern NUMBER_PAREN = Pattern.compile("(\\d{1,2})\\)(?:\\s+|$)");
  private static final Pattern PAREN_NUMBER = Pattern.compile("\\((\\d{1,2})\\)\\s*");
  private static final Pattern LOWER = Pattern.compile("([a-zđ])[).](?:\\s+|$)");

  /** The label at the start of {@code line}, or null when the line does not start with one. */
  static Label parse(CharSequence line) {
    if (line.length() == 0) {
      return null;
    }
    char first = line.charAt(0);
    Matcher m;
    if ((first == 'P' || first == 'p') && (m = PART.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.PART, line.subSequence(0, m.end(1)).toString().replaceAll("\\s+", " "),
          List.of(), m.end());
    }
    if ((first == 'Đ' || first == 'đ') && (m = ARTICLE.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.ARTICLE, line.subSequence(0, m.end(1)).toString().replaceAll("\\s+", " "),
          List.of(), m.end());
    }
    if (first == '(' && (m = PAREN_NUMBER.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.PAREN_NUMBER, "(" + m.group(1) + ")", List.of(), m.end());
    }
    if (first >= '0' && first <= '9') {
      if ((m = NUMBER_PAREN.matcher(line)).lookingAt()) {
        return new Label(LabelStyle.NUMBER_PAREN, m.group(1) + ")", List.of(), m.end());
      }
      if ((m = ARABIC.matcher(line)).lookingAt()) {
        String number = m.group(1);
        List<Integer> parts = Arrays.stream(number.split("\\.")).map(Integer::valueOf).toList();
        return new Label(LabelStyle.ARABIC, number, parts, m.end());
      }
      return null;
    }
    if ("IVX".indexOf(first) >= 0 && (m = ROMAN_LABEL.matcher(line)).lookingAt() && !m.group(1).isEmpty()) {
      return new Label(LabelStyle.ROMAN, m.group(1), List.of(), m.end());
    }
    if (Character.isUpperCase(first) && (m = UPPER.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.UPPER_LETTER, m.group(1), List.of(), m.end());
    }
    if (Character.isUpperCase(first) && (m = UPPER_DASH.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.UPPER_LETTER, m.group(1), List.of(), m.end());
    }
    if (Character.isLowerCase(first) && (m = LOWER.matcher(line)).lookingAt()) {
      return new Label(LabelStyle.LOWER_LETTER, m.group(1), List.of(), m.end());
    }
    return null;
  }

  int rank() {
    return style.rank(components.size());
  }

  /** For a hierarchical Arabic label, the number of its parent ("3.5" for "3.5.1"), else null. */
  String parentNumber() {
    if (style != LabelStyle.ARABIC || components.size() < 2) {
      return null;
    }
    return number.substring(0, number.lastIndexOf('.'));
  }
}
