package io.nqx.targets;

import io.nqx.ingest.Range;
import java.util.Locale;

/**
 * The noun a bare number counts: "05 dự án", "2 triệu doanh nghiệp hoạt động", "03 cụm Trung tâm Dữ liệu".
 * Up to four syllables after the number, stopping at punctuation, another number, or a word that is no part of a
 * noun phrase (a conjunction, a preposition, a verb such as "được" or "đạt").
 */
final class CountedNoun {
  private CountedNoun() {}

  private static final int MAX_WORDS = 4;
  /** Verbs that often follow a counted noun and are no part of it: "20 doanh nghiệp lớn tham gia". */
  private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("tham", "phục", "bảo", "thực", "triển",
      "tạo", "giúp", "hỗ", "làm", "đưa", "xây", "bị", "cần", "phải", "sẽ");

  /** The noun phrase right after {@code from} (a space away at most), or null when none starts there. */
  static Range after(String text, int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) == ' ') {
      i++;
    }
    if (i == from && from < to && Character.isLetter(text.charAt(from))) {
      return null; // glued to the number: a unit or a code, not a counted noun
    }
    int start = i;
    int end = -1;
    int words = 0;
    while (i < to && words < MAX_WORDS) {
      int wordEnd = i;
      while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == i) {
        break; // punctuation, a digit, the end
      }
      String word = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
      if (MentionFinder.STOP_WORDS.contains(word) || NOT_NOUNS.contains(word) || (words == 0 && !Character.isLowerCase(text.charAt(i))
          && !isAcronym(text, i, wordEnd) && !capitalizedNoun(text, wordEnd, to))) {
        break;
      }
      end = wordEnd;
      words++;
      i = wordEnd;
      if (i < to && text.charAt(i) == ' ') {
        i++;
      } else {
        break;
      }
    }
    if (end < 0 || YEAR_AFTER.matcher(text).region(end, to).lookingAt()) {
      return null; // "3 giai đoạn 2026 - 2030": a footnote mark or a label before a period, no count
    }
    return new Range(start, end);
  }

  private static final java.util.regex.Pattern YEAR_AFTER = java.util.regex.Pattern.compile("\\s*(?:19|20)\\d\\d(?![\\p{L}\\d])");

  /**
   * A capital that starts a common noun, as names of things are often written ("114 Cơ sở dữ liệu quốc gia"):
   * the next word is in lower case. A name ("57 Bộ Chính trị", "Mục 2 Hà Nội") has a capital there too.
   */
  private static boolean capitalizedNoun(String text, int wordEnd, int to) {
    int next = wordEnd;
    if (next >= to || text.charAt(next) != ' ') {
      return false;
    }
    next++;
    return next < to && Character.isLowerCase(text.charAt(next));
  }

  private static boolean isAcronym(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return to - from >= 2;
  }
}
