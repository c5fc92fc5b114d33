package io.nqx.eval;

import java.math.BigDecimal;

/**
 * One hand-made annotation of a number (the fields of the gold GUIDE.md): a target, or when the record says so
 * with its {@code kind} key, a result, parameter, criterion or other number.
 */
public record GoldRecord(String doc, int line, String section, String sectionKind, String valueText,
    String indicator, String indicatorText, String comparator, BigDecimal value, BigDecimal valueMax, String unit,
    Integer year, String status, String kind) {

  public GoldRecord {
    kind = kind == null ? "target" : kind;
  }

  /** Borderline records count neither as hits nor as misses. */
  public boolean isBorderline() {
    return "borderline".equals(status);
  }
}
