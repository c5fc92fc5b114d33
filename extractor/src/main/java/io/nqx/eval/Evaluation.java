package io.nqx.eval;

import io.nqx.targets.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracted targets against gold annotations for one document. A target hits a gold record when their keys
 * are equal: strict (indicator, comparator, value, value_max, unit) or lenient (value, value_max, unit). Each
 * gold record takes at most one target; pairs are made nearest lines first. Targets left over that match a borderline
 * record (leniently, within ten lines) count neither way.
 *
 * @param strict the strict score
 * @param lenient the lenient score
 * @param misses sure gold records no target hit strictly
 * @param falseAlarms targets that hit no gold record strictly
 */
public record Evaluation(Score strict, Score lenient, List<GoldRecord> misses, List<Target> falseAlarms) {

  public static Evaluation of(List<GoldRecord> gold, List<Target> targets) {
    Result strict = match(gold, targets, true);
    Result lenient = match(gold, targets, false);
    return new Evaluation(strict.score(), lenient.score(), strict.misses(), strict.falseAlarms());
  }

  /** How far (in lines) a target may stand from a borderline record that absorbs it. */
  private static final int BORDERLINE_LINES = 10;

  private record Result(Score score, List<GoldRecord> misses, List<Target> falseAlarms) {}

  private static Result match(List<GoldRecord> gold, List<Target> targets, boolean strict) {
    // Pairs of equal keys, nearest lines first, so that a target repeated in the text goes to its own mention.
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int t = 0; t < targets.size(); t++) {
        if (!gold.get(g).isBorderline() && matches(gold.get(g), targets.get(t), strict)) {
          pairs.add(new int[] {Math.abs(gold.get(g).line() - targets.get(t).line()), g, t});
        }
      }
    }
    pairs.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
    boolean[] goldHit = new boolean[gold.size()];
    boolean[] targetUsed = new boolean[targets.size()];
    int hits = 0;
    for (int[] p : pairs) {
      if (!goldHit[p[1]] && !targetUsed[p[2]]) {
        goldHit[p[1]] = true;
        targetUsed[p[2]] = true;
        hits++;
      }
    }
    List<GoldRecord> misses = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (!gold.get(g).isBorderline() && !goldHit[g]) {
        misses.add(gold.get(g));
      }
    }
    List<Target> left = new ArrayList<>();
    for (int t = 0; t < targets.size(); t++) {
      if (!targetUsed[t]) {
        left.add(targets.get(t));
      }
    }
    for (GoldRecord g : gold) {
      if (g.isBorderline()) {
        // Nearby rather than on the same line: a rendering of the document (.docx, .pdf) numbers lines its own way.
        left.stream().filter(t -> Math.abs(t.line() - g.line()) <= BORDERLINE_LINES && matches(g, t, false))
            .min(Comparator.comparingInt(t -> Math.abs(t.line() - g.line())))
            .ifPresent(left::remove);
      }
    }
    return new Result(new Score(hits, left.size(), misses.size()), misses, left);
  }

  static boolean matches(GoldRecord g, Target t, boolean strict) {
    boolean values = same(g.value(), t.value()) && same(g.valueMax(), t.valueMax()) && Objects.equals(g.unit(), t.unit());
    if (!strict) {
      return values;
    }
    return values && Objects.equals(g.indicator(), t.indicator()) && Objects.equals(g.comparator(), t.comparator().id());
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
