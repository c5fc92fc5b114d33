package io.nqx.eval;

import io.nqx.tasks.Task;
import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assignments scored against gold ones: a prediction matches a gold record when their agencies match folded
 * (case, tone marks, "Ủy/Uỷ", markup ignored; one contained in the other counts) within three lines, nearest
 * first. Agency precision, recall and F1 over sure records (borderline ones count neither way); then, over the
 * matched sure records, how often {@code directs}, {@code co_agencies} (as a set), {@code deadline} and
 * {@code deliverable} agree.
 *
 * @param agency the agency score
 * @param fields per field, the matched records that agree and those compared
 * @param misses sure gold records no prediction matched
 * @param falseAlarms predictions that matched no gold record
 * @param disagreements each field a matched record got wrong: "line 144 deadline: gold yearly:11-15, got null"
 */
public record TaskEvaluation(Score agency, List<FieldScore> fields, List<GoldTask> misses, List<Task> falseAlarms,
    List<String> disagreements) {

  /** The lines within which a prediction may match a gold record. */
  static final int LINES = 3;

  /** How many matched records agree on a field. */
  public record FieldScore(String field, int agree, int compared) {
    public double accuracy() {
      return compared == 0 ? 1.0 : (double) agree / compared;
    }

    FieldScore plus(FieldScore o) {
      return new FieldScore(field, agree + o.agree, compared + o.compared);
    }
  }

  public static TaskEvaluation of(List<GoldTask> gold, List<Task> predicted) {
    List<int[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int t = 0; t < predicted.size(); t++) {
        int distance = Math.abs(gold.get(g).line() - predicted.get(t).line());
        if (distance <= LINES && sameAgency(gold.get(g).agency(), predicted.get(t).agency())) {
          pairs.add(new int[] {distance, g, t});
        }
      }
    }
    pairs.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
    int[] matchOfGold = new int[gold.size()];
    java.util.Arrays.fill(matchOfGold, -1);
    boolean[] used = new boolean[predicted.size()];
    for (int[] p : pairs) {
      if (matchOfGold[p[1]] < 0 && !used[p[2]]) {
        matchOfGold[p[1]] = p[2];
        used[p[2]] = true;
      }
    }
    int hits = 0;
    List<GoldTask> misses = new ArrayList<>();
    FieldScore directs = new FieldScore("directs", 0, 0);
    FieldScore co = new FieldScore("co_agencies", 0, 0);
    FieldScore deadline = new FieldScore("deadline", 0, 0);
    FieldScore deliverable = new FieldScore("deliverable", 0, 0);
    List<String> disagreements = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      GoldTask gt = gold.get(g);
      if (gt.isBorderline()) {
        continue;
      }
      if (matchOfGold[g] < 0) {
        misses.add(gt);
        continue;
      }
      hits++;
      Task t = predicted.get(matchOfGold[g]);
      directs = compare(directs, key(gt.directs()), key(t.directs()), gt, disagreements);
      co = compare(co, keys(gt.coAgencies()), keys(t.coAgencies()), gt, disagreements);
      deadline = compare(deadline, gt.deadline(), t.deadline(), gt, disagreements);
      deliverable = compare(deliverable, gt.deliverable(), t.deliverable(), gt, disagreements);
    }
    List<Task> falseAlarms = new ArrayList<>();
    for (int t = 0; t < predicted.size(); t++) {
      if (!used[t]) {
        falseAlarms.add(predicted.get(t));
      }
    }
    return new TaskEvaluation(new Score(hits, falseAlarms.size(), misses.size()),
        List.of(directs, co, deadline, deliverable), misses, falseAlarms, disagreements);
  }

  private static FieldScore compare(FieldScore score, Object gold, Object got, GoldTask g, List<String> out) {
    boolean agree = Objects.equals(gold, got);
    if (!agree) {
      out.add("line " + g.line() + " " + score.field() + ": gold " + gold + ", got " + got);
    }
    return new FieldScore(score.field(), score.agree() + (agree ? 1 : 0), score.compared() + 1);
  }

  /** Whether two agencies are the same body, folded, or one names the other within it. */
  static boolean sameAgency(String gold, String predicted) {
    String a = key(gold);
    String b = key(predicted);
    return a != null && b != null && !a.isEmpty() && !b.isEmpty() && (a.equals(b) || a.contains(b) || b.contains(a));
  }

  private static String key(String agency) {
    return agency == null ? null : Fold.fold(agency.replace("*", ""));
  }

  private static Set<String> keys(List<String> agencies) {
    Set<String> out = new TreeSet<>();
    for (String a : agencies) {
      out.add(key(a));
    }
    return out;
  }

  /** The sum of two documents' scores, field by field. */
  public TaskEvaluation plus(TaskEvaluation o) {
    List<FieldScore> sum = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      sum.add(fields.get(i).plus(o.fields.get(i)));
    }
    return new TaskEvaluation(agency.plus(o.agency), sum, List.of(), List.of(), List.of());
  }

  /** Nothing yet: the start of a sum. */
  public static TaskEvaluation empty() {
    return new TaskEvaluation(new Score(0, 0, 0), List.of(new FieldScore("directs", 0, 0),
        new FieldScore("co_agencies", 0, 0), new FieldScore("deadline", 0, 0), new FieldScore("deliverable", 0, 0)),
        List.of(), List.of(), List.of());
  }
}
