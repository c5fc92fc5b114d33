package io.nqx.targets;

import java.math.BigDecimal;

/**
 * A number expression found in text, before it is known to be a target: where it stands, its value or
 * range, the comparator its words give, and its unit.
 *
 * @param start offset of the expression (comparator words included)
 * @param numberStart offset of the first number
 * @param numberEnd offset just past the last number
 * @param end offset just past the unit (or the number when there is none)
 * @param unit the unit its own words give
 * @param unitText the unit as written, or null
 */
record Mention(int start, int numberStart, int numberEnd, int end, BigDecimal value, BigDecimal valueMax,
    Relation comparator, UnitKind unit, String unitText) {

  /** The units a number expression can carry by its own words. */
  enum UnitKind {
    PERCENT("percent"),
    PERCENT_PER_YEAR("percent_per_year"),
    M2_PER_PERSON("m2_per_person"),
    SQUARE_METRES("m2"),
    LITRES_PER_PERSON_PER_DAY("litres_per_person_per_day"),
    /** "tuổi": an age qualifier unless the indicator is a life expectancy. */
    AGE("years"),
    /** "năm": a duration unless the indicator counts years of life. */
    DURATION("years"),
    /** "căn", "căn hộ". */
    DWELLINGS("units"),
    /** "mức độ 2". */
    LEVEL("level"),
    /** A rate written with a slash that no other unit covers: "2,1 con/phụ nữ", "109 bé trai/100 bé gái". */
    RATE(null),
    /** No unit word: a counted noun may follow, or the indicator decides. */
    NONE(null);

    final String id;

    UnitKind(String id) {
      this.id = id;
    }
  }
}
