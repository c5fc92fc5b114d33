package io.nqx.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs of the confusions OCR makes inside numbers, and only there: a letter O read for 0, l, I or | for 1,
 * a separator misread (";" or "·" for ",", "'" for "."), and a thousands dot or decimal comma read as a space.
 * Every repair replaces one character by one, so offsets into the text stay valid; a word ("Ông", "Il", "NQ/1W")
 * and a space between two numbers of another kind ("năm 2025 100 xã") are left alone. Pure function.
 */
final class OcrNumbers {
  private OcrNumbers() {}

  /** A run that may be a number: digits and look-alikes, with inner separators, between non-letters. */
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\d])[\\dOoIl|](?:[\\dOoIl|]|[.,;·'](?=[\\dOoIl|]))*"
      + "(?![\\p{L}\\d])");
  /** A group of one to three digits, a space, three digits: "15 000" is 15.000 with its dot lost. */
  private static final Pattern LOST_DOT = Pattern.compile("(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?![\\d.,])");
  /** "2 35%": a percentage with its decimal comma lost. */
  private static final Pattern LOST_COMMA = Pattern.compile("(?<![\\d.,])(\\d{1,2}) (\\d{1,2} ?%)");

  /** A Party document's symbol whose T was read as I or 1: "42-NQ/IW", "19-KH/1W" (no symbol ends so). */
  private static final Pattern PARTY_SYMBOL = Pattern.compile("(?<=\\d[-/][A-ZĐ]{1,4}/)[I1l](?=W(?![\\p{L}\\d]))");

  static String repair(String text) {
    text = PARTY_SYMBOL.matcher(text).replaceAll("T");
    StringBuilder out = new StringBuilder(text);
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      String run = m.group();
      long digits = run.chars().filter(Character::isDigit).count();
      // a run of look-alikes only ("Il", "O") is a word; one letter among digits is a misread digit
      if (digits == 0 || digits < run.length() - digits - countSeparators(run)) {
        continue;
      }
      for (int i = 0; i < run.length(); i++) {
        char c = run.charAt(i);
        char repaired = switch (c) {
          case 'O', 'o' -> '0';
          case 'I', 'l', '|' -> '1';
          case ';', '·' -> ',';
          case '\'' -> '.';
          default -> c;
        };
        out.setCharAt(m.start() + i, repaired);
      }
    }
    String once = out.toString();
    once = LOST_COMMA.matcher(once).replaceAll("$1,$2");
    return LOST_DOT.matcher(once).replaceAll(r -> r.group().replace(' ', '.'));
  }

  private static long countSeparators(String run) {
    return run.chars().filter(c -> ".,;·'".indexOf(c) >= 0).count();
  }
}
