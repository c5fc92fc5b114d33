package io.nqx.targets;

import java.math.BigDecimal;

/**
 * A number expression found in text, before it is known what it is: where it stands, its value or range (scale
 * words applied: "2 triệu" is 2000000), the comparator its words give, and its unit.
 *
 * @param start offset of the expression (comparator words included)
 * @param numberStart offset of the first number
 * @param numberEnd offset just past the last number (and its scale word)
 * @param end offset just past the unit (or the number when there is none)
 * @param unit the kind of unit its own words give
 * @param unitId the unit code for kinds whose code depends on the words (money, rank, rates); else null
 * @param unitText the unit as written, or null
 */
record Mention(int start, int numberStart, int numberEnd, int end, BigDecimal value, BigDecimal valueMax,
    Relation comparator, UnitKind unit, String unitId, String unitText) {

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
    /** "mức độ 2", "cấp độ 3". */
    LEVEL("level"),
    /** An amount of money: "6.000.000 đồng/ha", "84,3 nghìn tỷ đồng", "500 tỷ USD"; the code says which. */
    MONEY(null),
    /** "gấp 30 lần", "01 lần/năm". */
    TIMES("times"),
    /** A ranking place: "nhóm 3 nước đứng đầu ASEAN", "≤ 50 Thế giới"; the region is the unit text. */
    RANK("rank"),
    /** "20 doanh nghiệp/nghìn dân", "9 bác sĩ/vạn dân": a count per so many people. */
    PER_POPULATION(null),
    /** A rate written with a slash that no other unit covers: "2,1 con/phụ nữ", "109 bé trai/100 bé gái". */
    RATE(null),
    /** No unit word: a counted noun may follow, or the indicator decides. */
    NONE(null);

    final String id;

    UnitKind(String id) {
      this.id = id;
    }
  }

  /** The unit code of the expression's own words, or null when they give none (a bare number). */
  String unitCode() {
    return unitId != null ? unitId : unit.id;
  }
}
