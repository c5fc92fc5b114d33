package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparatorsTest {
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', value = {
      "tỷ lệ hộ nghèo dưới | LT",
      "giảm xuống dưới | LT",
      "chi phí không quá | LE",
      "tối đa | LE",
      "tỷ lệ bao phủ đạt trên | GT",
      "hơn | GT",
      "tối thiểu đạt | GE",
      "đạt tối thiểu | GE",
      "có ít nhất | GE",
      "tối thiểu đạt trên | GT",
      "đạt khoảng | APPROX",
      "tỷ lệ đạt | EQ",
      "Bảo đảm | EQ",
      "tren | GT",
      "dat toi thieu | GE",
      "duoi | LT",
      "trước khi kết hôn đạt | EQ",
      "giảm 50% số cặp tảo hôn, giảm | EQ",
      "cuối đuôi | EQ"})
  void theWordsBeforeANumberGiveItsComparator(String before, Relation expected) {
    assertThat(Comparators.before(before)).isEqualTo(expected);
  }
}
