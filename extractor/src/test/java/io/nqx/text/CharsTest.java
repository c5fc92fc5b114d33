package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every answer of {@link Chars} against {@link Character}'s, for all 65,536 chars. */
class CharsTest {
  @Test
  void everyCharIsClassedAsCharacterClassesIt() {
    int letters = 0;
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = String.format("U+%04X", i);
      assertThat(Chars.isLetter(c)).as(at).isEqualTo(Character.isLetter(c));
      assertThat(Chars.isSpace(c)).as(at).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
      assertThat(Chars.isUpperCase(c)).as(at).isEqualTo(Character.isUpperCase(c));
      if (Chars.isLatinWithMarks(c)) { // what the line cleanup's fast path relies on: no space, no control
        assertThat(Character.isLetter(c)).as(at).isTrue();
      }
      letters += Chars.isLetter(c) ? 1 : 0;
    }
    assertThat(letters).isGreaterThan(40_000); // the loop ran over the letters of every script
  }

  @Test
  void vietnameseLettersSpacesAndControls() {
    for (char c : "aĂâĐđêÔơƯưỹỴẫẬ".toCharArray()) {
      assertThat(Chars.isLetter(c)).as("%c", c).isTrue();
      assertThat(Chars.isSpace(c)).as("%c", c).isFalse();
    }
    for (char c : "×÷0-, ".toCharArray()) {
      assertThat(Chars.isLetter(c)).as("%c", c).isFalse();
    }
    for (char c : " \t\n\u00A0\u2003\u3000\u2028".toCharArray()) {
      assertThat(Chars.isSpace(c)).as("U+%04X", (int) c).isTrue();
    }
    assertThat(Chars.isUpperCase('Ư')).isTrue();
    assertThat(Chars.isUpperCase('ư')).isFalse();
  }
}
