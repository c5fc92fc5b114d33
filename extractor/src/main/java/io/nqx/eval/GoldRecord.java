package io.nqx.eval;

import java.math.BigDecimal;

/** One hand-made annotation of a numeric target (the fields of the gold GUIDE.md). */
public record GoldRecord(String doc, int line, String section, String sectionKind, String valueText,
    String indicator, String indicatorText, String comparator, BigDecimal value, BigDecimal valueMax, String unit,
    Integer year, String status) {

  /** Borderline records count neither as hits nor as misses. */
  public boolean isBorderline() {
    return "borderline".equals(status);
  }
}
