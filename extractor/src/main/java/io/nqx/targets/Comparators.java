package io.nqx.targets;

import io.nqx.ingest.Range;
import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparator that the words right before a number give: "dưới" lt, "không quá" le, "trên" gt,
 * "tối thiểu" ge, "khoảng" approx, both "tối thiểu" and "trên" gt; "đạt", "bảo đảm", "duy trì" change
 * nothing.
 */
final class Comparators {
  private Comparators() {}

  /** A comparator phrase, with its words and their folds split once rather than at every number. */
  private record Cue(String words, Relation comparator, String[] parts, String[] folded) {
    Cue(String words, Relation comparator) {
      this(words, comparator, words.split(" "), Arrays.stream(words.split(" ")).map(Fold::fold).toArray(String[]::new));
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Comparator words, longest first, with what they mean. Matched as written (lower case, with diacritics):
   * folded, "hôn" (kết hôn) would read as "hơn" and "đuôi" as "dưới". A word typed without any diacritic
   * ("tren 95%") matches the folded form.
   */
  private static final List<Cue> CUES = List.of(
      new Cue("xuống dưới", Relation.LT), new Cue("thấp hơn", Relation.LT), new Cue("dưới", Relation.LT),
      new Cue("nhỏ hơn", Relation.LT), new Cue("ít hơn", Relation.LT),
      new Cue("không quá", Relation.LE), new Cue("không vượt quá", Relation.LE), new Cue("chưa vượt quá", Relation.LE),
      new Cue("không vượt", Relation.LE), new Cue("không cao hơn", Relation.LE), new Cue("không lớn hơn", Relation.LE),
      new Cue("không nhiều hơn", Relation.LE), new Cue("tối đa", Relation.LE), new Cue("nhiều nhất", Relation.LE),
      new Cue("cao hơn", Relation.GT), new Cue("lớn hơn", Relation.GT), new Cue("nhiều hơn", Relation.GT),
      new Cue("vượt quá", Relation.GT), new Cue("vượt", Relation.GT), new Cue("trên", Relation.GT),
      new Cue("hơn", Relation.GT),
      new Cue("tối thiểu", Relation.GE), new Cue("ít nhất", Relation.GE), new Cue("không dưới", Relation.GE),
      new Cue("không thấp hơn", Relation.GE), new Cue("không ít hơn", Relation.GE), new Cue("không nhỏ hơn", Relation.GE),
      new Cue("trên dưới", Relation.APPROX),
      new Cue("khoảng", Relation.APPROX), new Cue("xấp xỉ", Relation.APPROX), new Cue("gần", Relation.APPROX));

  /** Words that may stand between a comparator and its number ("tối thiểu đạt trên 75%"). */
  private static final Pattern NEUTRAL = Pattern.compile(
      "(?:đạt|dat|mức|muc|là|la|còn|con|bằng|bang|duy trì|tăng|tang|giảm|giam|từ|tu|có|co)");

  /** The comparator the words just before a number give (its last few words). */
  static Relation before(String textBefore) {
    // Words without diacritics match the folded cues only where the writer typed none at all: in Vietnamese
    // text, "chung" is "chung", never a "chừng" that lost its marks.
    boolean ascii = isAscii(textBefore);
    String lower = NOT_WORD.matcher(textBefore.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    String[] words = lower.isEmpty() ? new String[0] : lower.split(" ");
    boolean atLeast = false;
    boolean above = false;
    Relation found = null;
    int i = words.length;
    int steps = 0;
    while (i > 0 && steps < 4) {
      Cue cue = cueEndingAt(words, i, ascii);
      if (cue != null) {
        if (cue.comparator() == Relation.GE) {
          atLeast = true;
        } else if (cue.comparator() == Relation.GT) {
          above = true;
        }
        if (found == null) {
          found = cue.comparator();
        }
        i -= cue.parts().length;
      } else if (NEUTRAL.matcher(words[i - 1]).matches()) {
        i--;
      } else {
        break;
      }
      steps++;
    }
    if (atLeast && above) {
      return Relation.GT;
    }
    return found == null ? Relation.EQ : found;
  }

  /** The longest cue whose words end at {@code end}: "không thấp hơn" (ge) before "thấp hơn" (lt). */
  private static Cue cueEndingAt(String[] words, int end, boolean ascii) {
    Cue best = null;
    for (Cue cue : CUES) {
      String[] w = cue.parts();
      if (w.length <= end && (best == null || w.length > best.parts().length)) {
        boolean ok = true;
        for (int k = 0; k < w.length && ok; k++) {
          ok = sameWord(words[end - w.length + k], w[k], cue.folded()[k], ascii);
        }
        if (ok) {
          best = cue;
        }
      }
    }
    return best;
  }

  /** A word as written, or typed without diacritics, equals the cue word. */
  private static boolean sameWord(String word, String cueWord, String foldedCueWord, boolean ascii) {
    return word.equals(cueWord) || (ascii && word.equals(foldedCueWord));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * How many characters before {@code numberStart} the comparator words and "đạt" take: they belong to the
   * expression's value_text ("tối thiểu đạt trên 75%"); sentence verbs ("Bảo đảm") do not.
   */
  static int lengthBefore(String text, int from, int numberStart) {
    int windowStart = Math.max(from, numberStart - 40);
    boolean ascii = isAscii(text.substring(windowStart, numberStart));
    List<Range> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(windowStart, numberStart);
    while (m.find()) {
      words.add(new Range(m.start(), m.end()));
    }
    int start = numberStart;
    int i = words.size();
    outer:
    while (i > 0 && text.substring(words.get(i - 1).end(), start).isBlank()) {
      // The longest comparator of up to three words ending here, its words separated by spaces only.
      for (int n = Math.min(3, i); n >= 1; n--) {
        StringBuilder phrase = new StringBuilder();
        boolean spaced = true;
        for (int k = i - n; k < i; k++) {
          if (k > i - n) {
            spaced &= text.substring(words.get(k - 1).end(), words.get(k).start()).isBlank();
            phrase.append(' ');
          }
          phrase.append(lower(text, words.get(k)));
        }
        String p = phrase.toString();
        if (spaced && (isComparator(p, ascii) || (n == 1 && (p.equals("đạt") || (ascii && p.equals("dat")))))) {
          start = words.get(i - n).start();
          i -= n;
          continue outer;
        }
      }
      break;
    }
    return numberStart - start;
  }

  private static String lower(String text, Range word) {
    return text.substring(word.start(), word.end()).toLowerCase(Locale.ROOT);
  }

  private static boolean isComparator(String words, boolean ascii) {
    String[] w = words.split(" ");
    Cue cue = cueEndingAt(w, w.length, ascii);
    return cue != null && cue.parts().length == w.length;
  }
}
