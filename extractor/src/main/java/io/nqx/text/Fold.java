package io.nqx.text;

import java.text.Normalizer;

/**
 * Folds Vietnamese text to a comparison key: lower case, no tone or vowel marks, đ as d, superscripts as
 * digits, punctuation as spaces, single spaces. "TỔ CHỨC THỰC HIỆN", "Tổ chức thực hiện" and
 * "to chuc thuc hien" fold alike, and so do the two tone placements "hoá" and "hóa".
 */
public final class Fold {
  private Fold() {}

  /**
   * Each char's fold: its compatibility decomposition without the marks, đ as d, letters and digits in lower
   * case and anything else as a space. NFKD decomposes char by char and only reorders marks, which are
   * dropped, so folding char by char from this table is folding the normalized text; it spares normalizing
   * every string folded (words, lines, clauses), which was a visible share of extraction time. Filled on
   * first use; the entries are immutable strings, so threads racing to fill one agree.
   */
  private static final String[] TABLE = new String[Character.MAX_VALUE + 1];

  public static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return foldNormalized(text); // a supplementary character decomposes as a pair, not char by char
      }
      String folded = table(c);
      for (int k = 0; k < folded.length(); k++) {
        char f = folded.charAt(k);
        if (f != ' ') {
          out.append(f);
          space = false;
        } else if (!space) {
          out.append(' ');
          space = true;
        }
      }
    }
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /**
   * Whether {@code fold(text)} starts with {@code foldedPrefix}, folding only as much of the text as it takes
   * to know: asked of every line ("Nơi nhận:", "Lưu: VT"), folding whole lines was a visible cost.
   */
  public static boolean startsWith(CharSequence text, String foldedPrefix) {
    int matched = 0;
    boolean space = true;
    boolean pendingSpace = false;
    for (int i = 0; i < text.length() && matched < foldedPrefix.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        return fold(text).startsWith(foldedPrefix);
      }
      String folded = table(c);
      for (int k = 0; k < folded.length() && matched < foldedPrefix.length(); k++) {
        char f = folded.charAt(k);
        if (f == ' ') {
          pendingSpace = !space || pendingSpace;
          space = true;
          continue;
        }
        if (pendingSpace) {
          if (foldedPrefix.charAt(matched) != ' ') {
            return false;
          }
          matched++;
          pendingSpace = false;
          if (matched == foldedPrefix.length()) {
            break;
          }
        }
        if (foldedPrefix.charAt(matched) != f) {
          return false;
        }
        matched++;
        space = false;
      }
    }
    return matched == foldedPrefix.length();
  }

  private static String table(char c) {
    String folded = TABLE[c];
    if (folded == null) {
      folded = foldNormalized(String.valueOf(c), false);
      TABLE[c] = folded;
    }
    return folded;
  }

  /** The fold by normalizing the whole text first: what {@link #fold} must equal. */
  static String foldNormalized(CharSequence text) {
    return foldNormalized(text, true);
  }

  /** The fold of {@code text} by normalizing it first; spaces collapsed and trimmed when {@code collapse}. */
  private static String foldNormalized(CharSequence text, boolean collapse) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = collapse;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space || !collapse) {
        out.append(' ');
        space = true;
      }
    }
    int n = out.length();
    if (collapse && n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /** Whether {@code a} and {@code b} differ by at most {@code max} single-character edits (Levenshtein). */
  public static boolean withinEdits(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return false;
    }
    int[] prev = new int[lb + 1];
    int[] cur = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return false;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb] <= max;
  }
}
