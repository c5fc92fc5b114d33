package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersTest {
  @Test
  void capitalsAreLettersWithoutLowerCase() {
    assertThat(Letters.isCapitals("PHÓ BÍ THƯ THƯỜNG TRỰC")).isTrue();
    assertThat(Letters.isCapitals("Phó Bí thư")).isFalse();
    assertThat(Letters.isCapitals("42-NQ/TW")).isTrue();
    assertThat(Letters.isCapitals("2030")).isFalse();
  }

  @Test
  void splittingOnWhitespaceIsStringSplit() {
    for (String s : new String[] {"Nơi nhận:  - Như trên;", " lề trái", "lề phải ", "", "   ", "một\ttab\nxuống"}) {
      assertThat(Letters.splitOnWhitespace(s)).as("[%s]", s).containsExactly(s.split("\\s+"));
    }
  }
}
