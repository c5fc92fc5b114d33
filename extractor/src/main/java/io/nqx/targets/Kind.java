package io.nqx.targets;

import java.util.Locale;
import java.util.Optional;

/** What a number in a document is. Only a {@link #TARGET} is a commitment; the others are told apart from it. */
public enum Kind {
  /** A quantity the document commits to reach, keep or cut. */
  TARGET,
  /** What was achieved: a past or present figure, a statistic, a baseline. */
  RESULT,
  /** An amount, rate, fee, fine, share, limit or quota that a rule sets for others. */
  PARAMETER,
  /** A condition or threshold that decides who qualifies or how something is classed. */
  CRITERION,
  /** Anything else: counts, labels, ages, durations, measures. */
  OTHER;

  /** The name used in output: {@code target}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code id} ("target", "criterion"), if any. */
  public static Optional<Kind> of(String id) {
    for (Kind k : values()) {
      if (k.id().equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
