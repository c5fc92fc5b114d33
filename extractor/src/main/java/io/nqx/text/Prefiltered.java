package io.nqx.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose every match begins at a known kind of offset (where one of some words starts, or at a
 * digit), and its matches over a text found by listing those
 * offsets first and trying the pattern at each of them alone. The matches are those {@link Matcher#find()}
 * gives over the text (or a region of it), in the same order: find tries every offset from the last match's
 * end, and at an offset that is no candidate the pattern cannot match. It is faster because java.util.regex
 * has no prefilter for a pattern that begins with an alternation or a look-behind: it runs the pattern's
 * first nodes at every offset, and a case-insensitive one compares each character through {@code
 * toUpperCase} and {@code toLowerCase} (by JFR, a third of the extraction time of the citations and targets
 * stages went there).
 *
 * <p>The candidates must include every offset a match can begin at; a superset only costs time. Immutable and
 * safe to share.
 */
public final class Prefiltered {
  private final Pattern pattern;
  private final String[] words;
  private final boolean digits;
  /**
   * Whether no match can begin right after a letter: the pattern begins with a look-behind that refuses one
   * ("(?<![\\p{L}\\d])...") and has no alternative beside it. Then a candidate inside a word is none, and
   * its words need not be compared there (most letters of a text are inside a word).
   */
  private final boolean afterNonLetter;
  /** Whether, besides, no match can begin right after an ASCII digit (the look-behind's class holds \\d). */
  private final boolean afterNonDigit;
  /** Per char value, 1 + the index in {@link #byFirst} of the words it begins, or 0. */
  private final byte[] firstIndex = new byte[Character.MAX_VALUE + 1];
  private final char[][][] byFirst;

  private Prefiltered(Pattern pattern, String[] words, boolean digits) {
    this.pattern = pattern;
    this.words = words;
    this.digits = digits;
    this.afterNonLetter = refusesALetterBefore(pattern);
    this.afterNonDigit = afterNonLetter && lookBehindClass(pattern.pattern()).contains("\\d");
    List<List<String>> groups = new ArrayList<>();
    for (String w : words) {
      char c = w.charAt(0);
      if (firstIndex[c] == 0) {
        groups.add(new ArrayList<>());
        if (groups.size() > Byte.MAX_VALUE) {
          throw new IllegalArgumentException("more than " + Byte.MAX_VALUE + " first letters");
        }
        firstIndex[c] = (byte) groups.size();
      }
      groups.get(firstIndex[c] - 1).add(w);
    }
    byFirst = groups.stream().map(g -> g.stream().map(String::toCharArray).toArray(char[][]::new))
        .toArray(char[][][]::new);
  }

  /**
   * A pattern whose matches begin where one of the words does, compared in lower case ({@link
   * #lower(String)} of the text): for a case-insensitive pattern, its alternatives' words; for a
   * case-sensitive one any spelling of them. A word that has another as its prefix adds nothing and is
   * dropped.
   */
  public static Prefiltered atWords(Pattern pattern, Collection<String> words) {
    return new Prefiltered(pattern, shortest(words), false);
  }

  /** A pattern whose matches begin with an ASCII digit ({@code \d} without UNICODE_CHARACTER_CLASS). */
  public static Prefiltered atDigits(Pattern pattern) {
    return new Prefiltered(pattern, new String[0], true);
  }

  /** A pattern whose matches begin with an ASCII digit or where one of the words does. */
  public static Prefiltered atDigitsOrWords(Pattern pattern, Collection<String> words) {
    return new Prefiltered(pattern, shortest(words), true);
  }

  /**
   * Whether the pattern begins with a negative look-behind over a class that holds {@code \p{L}} and the rest
   * of it has no alternation outside parentheses (which would let another alternative begin anywhere).
   * Anything this does not understand (comments mode, a literal pattern, a quotation) answers false, which
   * only costs time.
   */
  static boolean refusesALetterBefore(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0) {
      return false;
    }
    String re = pattern.pattern();
    String refused = lookBehindClass(re);
    if (refused == null || !refused.contains("\\p{L}") || refused.contains("[") || refused.contains("^")
        || refused.contains("&&")) {
      return false;
    }
    int close = 5 + refused.length();
    int depth = 0;
    for (int i = close + 2; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        if (i + 1 < re.length() && (re.charAt(i + 1) == 'Q')) {
          return false;
        }
        i++; // the escaped char; a \p{..} name holds no parenthesis or bar
      } else if (c == '[') {
        i = classEnd(re, i);
        if (i < 0) {
          return false;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** What the class of a leading negative look-behind holds ("\\p{L}\\d" of "(?<![\\p{L}\\d])..."), or null. */
  private static String lookBehindClass(String re) {
    int close = re.startsWith("(?<![") ? re.indexOf("])", 5) : -1;
    return close < 0 ? null : re.substring(5, close);
  }

  /** The offset of the ']' that closes the class opened at {@code open}, or -1. */
  private static int classEnd(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i++) {
      char c = re.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        depth++;
        if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
          i++; // "[]...]": a leading ']' is a member
        }
      } else if (c == ']' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String[] shortest(Collection<String> words) {
    List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
    List<String> kept = new ArrayList<>();
    for (String w : lower) {
      if (w.isEmpty()) {
        throw new IllegalArgumentException("an empty first word would make every offset a candidate");
      }
      if (lower.stream().noneMatch(o -> !o.equals(w) && w.startsWith(o))) {
        kept.add(w);
      }
    }
    return kept.toArray(String[]::new);
  }

  public Pattern pattern() {
    return pattern;
  }

  /** Whether this lists the same candidates as another over any text (the same words, and digits or not). */
  public boolean listsAs(Prefiltered other) {
    return digits == other.digits && Arrays.equals(words, other.words);
  }

  /**
   * The text in lower case char by char, so that offsets agree with the text's ({@link String#toLowerCase}
   * may change the length: "İ" lowers to two chars).
   */
  public static String lower(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }
    return new String(out);
  }

  /** Every match in {@code text}, as {@code pattern().matcher(text)}'s find() gives them. */
  public List<MatchResult> findAll(String text, String lower) {
    return findAll(text, lower, 0, text.length());
  }

  /**
   * Every match in {@code text[from, to)}, as {@code pattern().matcher(text).region(from, to)}'s find() gives
   * them (the default opaque, anchoring bounds), with offsets in the text.
   */
  public List<MatchResult> findAll(String text, String lower, int from, int to) {
    sameLength(text, lower);
    return scan(text, lower, from, to, candidates(lower, from, to), false);
  }

  /**
   * As {@link #findAll(String, String, int, int)} with the candidates listed already: several patterns made
   * alike (the same words, and digits or not) over one region list them once.
   */
  public List<MatchResult> findAll(String text, String lower, int from, int to, BitSet candidates) {
    sameLength(text, lower);
    return scan(text, lower, from, to, candidates, false);
  }

  /** The first match in {@code text}, as {@code pattern().matcher(text)}'s find() gives it, or null. */
  public MatchResult first(String text, String lower) {
    sameLength(text, lower);
    List<MatchResult> found = scan(text, lower, 0, text.length(), candidates(lower, 0, text.length()), true);
    return found.isEmpty() ? null : found.get(0);
  }

  private List<MatchResult> scan(String text, String lower, int from, int to, BitSet candidates, boolean firstOnly) {
    // The region as a text of its own: nothing before or after it is seen, and ^ and $ hold at its bounds,
    // as for a region with opaque, anchoring bounds; within it, transparent bounds let a look-behind at an
    // offset tried see the region before that offset, as find's does.
    String region = from == 0 && to == text.length() ? text : text.substring(from, to);
    List<MatchResult> out = new ArrayList<>();
    Matcher m = pattern.matcher(region);
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int next = 0;
    for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
      if (at < next) {
        continue;
      }
      m.region(at, region.length());
      if (m.lookingAt()) {
        MatchResult r = m.toMatchResult();
        out.add(from == 0 ? r : new Shifted(r, from));
        if (firstOnly) {
          break;
        }
        next = m.end() == m.start() ? m.end() + 1 : m.end();
      }
    }
    return out;
  }

  /** The offsets of lower[from, to) a match can begin at, relative to from. */
  public BitSet candidates(String lower, int from, int to) {
    if (from < 0 || to > lower.length() || from > to) {
      throw new IllegalArgumentException("no region [" + from + ", " + to + ") in a text of " + lower.length());
    }
    int n = to - from;
    BitSet at = new BitSet(n);
    // One pass over the region, each char looked up by its value: searching for each word in turn (indexOf)
    // is as fast once C2 has compiled it, but a batch runs mostly on C1 code, where it was the slower half.
    // The region is copied to an array first: C1 does not compile String.charAt of a Vietnamese (UTF-16)
    // string down to an array load, and by JFR those calls were most of this loop under C1.
    char[] cs = new char[n];
    lower.getChars(from, to, cs, 0);
    for (int i = 0; i < n; i++) {
      char c = cs[i];
      if (digits && c >= '0' && c <= '9') {
        if (i == 0 || !refusedAfter(cs[i - 1])) {
          at.set(i);
        }
        continue;
      }
      byte first = firstIndex[c];
      if (first == 0 || i > 0 && refusedAfter(cs[i - 1])) {
        continue;
      }
      for (char[] w : byFirst[first - 1]) {
        if (startsWith(cs, i, w)) {
          at.set(i);
          break;
        }
      }
    }
    return at;
  }

  /** Whether the pattern's leading look-behind refuses to begin a match right after this char. */
  private boolean refusedAfter(char before) {
    return afterNonLetter && (Chars.isLetter(before) || afterNonDigit && before >= '0' && before <= '9');
  }

  private static boolean startsWith(char[] text, int at, char[] word) {
    if (at + word.length > text.length) {
      return false;
    }
    for (int k = 1; k < word.length; k++) { // the first char is the one looked up
      if (text[at + k] != word[k]) {
        return false;
      }
    }
    return true;
  }

  private static void sameLength(String text, String lower) {
    if (lower.length() != text.length()) {
      throw new IllegalArgumentException("the lower-case text must have the text's length");
    }
  }

  /** A match found in a region, its offsets moved to the text's. */
  private record Shifted(MatchResult in, int by) implements MatchResult {
    @Override
    public int start() {
      return in.start() + by;
    }

    @Override
    public int start(int group) {
      int s = in.start(group);
      return s < 0 ? s : s + by;
    }

    @Override
    public int end() {
      return in.end() + by;
    }

    @Override
    public int end(int group) {
      int e = in.end(group);
      return e < 0 ? e : e + by;
    }

    @Override
    public String group() {
      return in.group();
    }

    @Override
    public String group(int group) {
      return in.group(group);
    }

    @Override
    public int groupCount() {
      return in.groupCount();
    }
  }
}
