package io.nqx.targets;

import io.nqx.ingest.Range;
import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** One cue: its indicator and its parts, each a sequence of match keys; {@code first} starts the first. */
  private record Cue(String code, List<String[]> parts, int letters, char first) {
    Cue(String code, List<String[]> parts, int letters) {
      this(code, parts, letters, parts.get(0)[0].charAt(0));
    }
  }

  private final List<Cue> cues = new ArrayList<>();

  /**
   * Words that name no indicator on their own: a cue part of one of these alone ("giảm .. %/năm", whose second
   * part is only "năm" once its symbols are cut) would give a code to any number near a "giảm".
   */
  private static final Set<String> GENERIC = Set.of("giam", "tang", "dat", "nang", "co", "la", "nam", "muc",
      "ti", "le", "so", "thang", "ngay", "nguoi", "dan", "ho", "xa", "con", "len", "xuong", "duoc", "va", "cac");

  CueFinder(List<Indicator> indicators) {
    for (Indicator indicator : indicators) {
      for (String cue : indicator.cues()) {
        List<String[]> parts = new ArrayList<>();
        int letters = 0;
        boolean generic = false;
        for (String part : cue.split("\\.\\.")) {
          String[] keys = TokenIndex.keysOf(part.strip());
          if (keys.length > 0) {
            parts.add(keys);
            letters += String.join("", keys).length();
            generic |= keys.length == 1 && GENERIC.contains(keys[0]);
          }
        }
        if (!parts.isEmpty() && !generic) {
          cues.add(new Cue(indicator.code(), parts, letters));
        }
      }
    }
  }

  @Override
  public Span[] find(String[] words) {
    return matches(words).stream()
        .map(m -> new Span(m.start(), m.end(), m.code(), m.letters()))
        .toArray(Span[]::new);
  }

  /** Every match, with the word ranges of its parts in order of position. */
  List<CueMatch> matches(String[] words) {
    List<CueMatch> found = new ArrayList<>();
    // A part's occurrences do not depend on the cue it is in: found once per clause, not once per use.
    Map<String[], List<Range>> seen = new IdentityHashMap<>();
    // Where each first letter stands: a part (exact or with one slip) only starts where its first letter does.
    Map<Character, List<Integer>> starts = new HashMap<>();
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty()) {
        starts.computeIfAbsent(words[i].charAt(0), k -> new ArrayList<>()).add(i);
      }
    }
    for (Cue cue : cues) {
      if (!starts.containsKey(cue.first())) {
        continue; // no word of the clause starts with its first letter: most cues, most clauses
      }
      for (Range a : seen.computeIfAbsent(cue.parts().get(0), part -> occurrences(words, part, starts))) {
        List<Range> parts = new ArrayList<>();
        parts.add(a);
        int start = a.start();
        int end = a.end();
        boolean all = true;
        for (int p = 1; p < cue.parts().size() && all; p++) {
          Range b = nearest(seen.computeIfAbsent(cue.parts().get(p), part -> occurrences(words, part, starts)),
              start, end);
          if (b == null) {
            all = false;
          } else {
            parts.add(b);
            start = Math.min(start, b.start());
            end = Math.max(end, b.end());
          }
        }
        if (all) {
          parts.sort(Comparator.comparingInt(Range::start));
          found.add(new CueMatch(cue.code(), parts, cue.letters()));
        }
      }
    }
    return found;
  }

  /**
   * Where {@code part} occurs in {@code words}: [start, end) word ranges. Words never hold spaces, so one
   * edit between the words and the part joined by spaces is one edit inside one word with the others equal:
   * the edit distance is taken on that word alone, and only when it is the only word that differs. Slips
   * rarely hit a word's first letter, so only the positions in {@code starts} under the part's first letter
   * are tried.
   */
  private static List<Range> occurrences(String[] words, String[] part, Map<Character, List<Integer>> starts) {
    List<Range> out = new ArrayList<>();
    boolean fuzzy = letters(part) >= FUZZY_MIN_LETTERS;
    for (int i : starts.getOrDefault(part[0].charAt(0), List.of())) {
      if (i + part.length > words.length) {
        break; // positions ascend
      }
      int differing = -1;
      boolean candidate = true;
      for (int k = 0; k < part.length && candidate; k++) {
        if (!words[i + k].equals(part[k])) {
          candidate = fuzzy && differing < 0;
          differing = k;
        }
      }
      if (candidate && (differing < 0 || Fold.withinEdits(words[i + differing], part[differing], 1))) {
        out.add(new Range(i, i + part.length));
      }
    }
    return out;
  }

  private static int letters(String[] part) {
    int n = 0;
    for (String key : part) {
      n += key.length();
    }
    return n;
  }

  /** The occurrence of {@code part} closest to [start, end) within the window, or null. */
  private static Range nearest(List<Range> occurrences, int start, int end) {
    Range best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Range o : occurrences) {
      int distance = o.start() >= end ? o.start() - end : o.end() <= start ? start - o.end() : 0;
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
