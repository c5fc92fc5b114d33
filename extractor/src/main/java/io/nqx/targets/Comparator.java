package io.nqx.targets;

import java.util.Locale;

/** How a target's value bounds the indicator. */
public enum Comparator {
  EQ, LT, LE, GT, GE, APPROX, RANGE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
