package io.nqx.targets;

import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Finds indicator phrases in words (OpenNLP's name-finder interface, over match keys): every occurrence of
 * every cue of every indicator, as a {@link Span} of word indexes whose type is the indicator code and whose
 * probability field carries the cue's length in letters (longer cues are more specific). A cue part of eight
 * letters or more also matches with one letter wrong (an OCR slip); the parts of a gapped cue
 * ("nước sạch .. thành thị") match in either order within {@value #WINDOW} words.
 */
final class CueFinder implements TokenNameFinder {
  static final int WINDOW = 14;
  private static final int FUZZY_MIN_LETTERS = 8;

  /** One cue: its indicator and its parts, each a sequence of match keys. */
  private record Cue(String code, List<String[]> parts, int letters) {}

  private final List<Cue> cues = new ArrayList<>();

  CueFinder(List<Indicator> indicators) {
    for (Indicator indicator : indicators) {
      for (String cue : indicator.cues()) {
        List<String[]> parts = new ArrayList<>();
        int letters = 0;
        for (String part : cue.split("\\.\\.")) {
          String[] keys = TokenIndex.keysOf(part.strip());
          if (keys.length > 0) {
            parts.add(keys);
            letters += String.join("", keys).length();
          }
        }
        if (!parts.isEmpty()) {
          cues.add(new Cue(indicator.code(), parts, letters));
        }
      }
    }
  }

  @Override
  public Span[] find(String[] words) {
    return matches(words).stream()
        .map(m -> new Span(m.parts().get(0)[0], m.parts().get(m.parts().size() - 1)[1], m.code(), m.letters()))
        .toArray(Span[]::new);
  }

  /** Every match, with the word ranges of its parts in order of position. */
  List<CueMatch> matches(String[] words) {
    List<CueMatch> found = new ArrayList<>();
    for (Cue cue : cues) {
      for (int[] a : occurrences(words, cue.parts().get(0))) {
        List<int[]> parts = new ArrayList<>();
        parts.add(a);
        int start = a[0];
        int end = a[1];
        boolean all = true;
        for (int p = 1; p < cue.parts().size() && all; p++) {
          int[] b = nearest(words, cue.parts().get(p), start, end);
          if (b == null) {
            all = false;
          } else {
            parts.add(b);
            start = Math.min(start, b[0]);
            end = Math.max(end, b[1]);
          }
        }
        if (all) {
          parts.sort(java.util.Comparator.comparingInt(x -> x[0]));
          found.add(new CueMatch(cue.code(), parts, cue.letters()));
        }
      }
    }
    return found;
  }

  /** Where {@code part} occurs in {@code words}: [start, end) word ranges. */
  private static List<int[]> occurrences(String[] words, String[] part) {
    List<int[]> out = new ArrayList<>();
    String joined = String.join(" ", part);
    boolean fuzzy = joined.replace(" ", "").length() >= FUZZY_MIN_LETTERS;
    for (int i = 0; i + part.length <= words.length; i++) {
      if (matchesAt(words, part, i) || (fuzzy && sameStart(words[i], part[0])
          && Fold.withinEdits(window(words, i, part.length), joined, 1))) {
        out.add(new int[] {i, i + part.length});
      }
    }
    return out;
  }

  /** A cheap filter before the edit distance: slips rarely hit a word's first letter. */
  private static boolean sameStart(String word, String cueWord) {
    return !word.isEmpty() && word.charAt(0) == cueWord.charAt(0);
  }

  private static boolean matchesAt(String[] words, String[] part, int at) {
    for (int k = 0; k < part.length; k++) {
      if (!words[at + k].equals(part[k])) {
        return false;
      }
    }
    return true;
  }

  private static String window(String[] words, int at, int n) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        sb.append(' ');
      }
      sb.append(words[at + k]);
    }
    return sb.toString();
  }

  /** The occurrence of {@code part} closest to [start, end) within the window, or null. */
  private static int[] nearest(String[] words, String[] part, int start, int end) {
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int[] o : occurrences(words, part)) {
      int distance = o[0] >= end ? o[0] - end : o[1] <= start ? start - o[1] : 0;
      if (distance <= WINDOW && distance < bestDistance) {
        best = o;
        bestDistance = distance;
      }
    }
    return best;
  }

  @Override
  public void clearAdaptiveData() {
    // No adaptive data: the dictionary does not learn.
  }
}
