package io.nqx.eval;

/** Hits, false alarms and misses, and the figures computed from them. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? (falseNegatives == 0 ? 1.0 : 0.0) : (double) truePositives / predicted;
  }

  public double recall() {
    int relevant = truePositives + falseNegatives;
    return relevant == 0 ? 1.0 : (double) truePositives / relevant;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }
}
