package io.nqx.targets;

import io.nqx.sections.SectionKind;
import java.math.BigDecimal;

/**
 * One numeric target: what is measured, how, by when, and where it stands in the document.
 *
 * @param indicator the taxonomy code, or {@code other}
 * @param indicatorText the phrase that named the indicator, as written
 * @param comparator how the value bounds the indicator
 * @param value the value (the lower bound of a range)
 * @param valueMax the upper bound of a range, else null
 * @param unit a unit code (percent, per_10k_population, ...) or a snake_case unit for other targets
 * @param unitText the unit as written, or null
 * @param year the target year, or null
 * @param section id of the innermost enclosing heading
 * @param sectionKind the canonical part that heading belongs to
 * @param valueText the exact source text of the value expression
 * @param sentence the sentence the target stands in
 * @param line 1-based source line of the value
 * @param start offset of valueText in the normalized text
 * @param end offset just past valueText
 */
public record Target(String indicator, String indicatorText, Comparator comparator, BigDecimal value,
    BigDecimal valueMax, String unit, String unitText, Integer year, String section, SectionKind sectionKind,
    String valueText, String sentence, int line, int start, int end) {

  /**
   * The value as an interval: "(,2.35)" below 2.35, "[95,)" at least 95, "[40,45]" a range, "[99.5,99.5]"
   * exactly (also for "khoảng", whose approximation the comparator says).
   */
  public String interval() {
    String v = value.toPlainString();
    return switch (comparator) {
      case LT -> "(," + v + ")";
      case LE -> "(," + v + "]";
      case GT -> "(" + v + ",)";
      case GE -> "[" + v + ",)";
      case RANGE -> "[" + v + "," + valueMax.toPlainString() + "]";
      case EQ, APPROX -> "[" + v + "," + v + "]";
    };
  }
}
