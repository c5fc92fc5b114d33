package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberTextTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "99,5 | 99.5", "74.900 | 74900", "1.500 | 1500", "0,738 | 0.738", "45,7 | 45.7", "02 | 2", "04 | 4",
      "2.35 | 2.35", "1.500.000 | 1500000", "12.345,6 | 12345.6", "100 | 100", "0,05 | 0.05", "3.5 | 3.5"})
  void vietnameseNotationReadsAsItsValue(String text, String value) {
    assertThat(NumberText.parse(text)).isEqualByComparingTo(new BigDecimal(value));
    assertThat(NumberText.parse(text).toPlainString()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,2,3", "1,2.3", "12,5.000", "1.50.0", "12,", ",5", "1.2345", "abc", ""})
  void malformedNumbersAreRejected(String text) {
    assertThat(NumberText.parse(text)).isNull();
  }
}
