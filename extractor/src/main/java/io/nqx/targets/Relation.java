package io.nqx.targets;

import java.math.BigDecimal;
import java.util.Locale;

/** How a target's value bounds its indicator: "dưới 2,35%" is LT, "40-45%" a RANGE. */
public enum Relation {
  EQ(""), LT("<"), LE("≤"), GT(">"), GE("≥"), APPROX("≈"), RANGE("");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  /** The name used in output: {@code lt}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The value as an interval: "(,2.35)" below 2.35, "[95,)" at least 95, "[40,45]" a range, "[99.5,99.5]"
   * exactly (also for an approximation, which the relation itself says).
   */
  public String interval(BigDecimal value, BigDecimal max) {
    String v = value.toPlainString();
    return switch (this) {
      case LT -> "(," + v + ")";
      case LE -> "(," + v + "]";
      case GT -> "(" + v + ",)";
      case GE -> "[" + v + ",)";
      case RANGE -> "[" + v + "," + max.toPlainString() + "]";
      case EQ, APPROX -> "[" + v + "," + v + "]";
    };
  }

  /** The value as a table cell shows it: "<2.35", "≥95", "≈75", "40–45", "74900". */
  public String cell(BigDecimal value, BigDecimal max) {
    String v = value.toPlainString();
    return this == RANGE ? v + "–" + max.toPlainString() : symbol + v;
  }
}
