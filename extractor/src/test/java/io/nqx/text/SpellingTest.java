package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
  @Test
  void variantsMeetAndWordsStayApart() {
    assertThat(Spelling.canonical("Tỷ lệ")).isEqualTo(Spelling.canonical("tỉ lệ")).isEqualTo("tỉ lệ");
    assertThat(Spelling.canonical("hoá")).isEqualTo(Spelling.canonical("hóa")).isEqualTo("hóa");
    assertThat(Spelling.canonical("KHOẺ")).isEqualTo("khỏe");
    assertThat(Spelling.canonical("đạt")).isNotEqualTo(Spelling.canonical("đất"));
  }

  @Test
  void decomposedTextIsComposedFirst() {
    // "Tỷ lệ" with its marks as combining characters, as some PDFs and Macs write it
    String decomposed = Normalizer.normalize("Tỷ lệ hoá", Normalizer.Form.NFD);
    assertThat(Spelling.composed(decomposed)).isFalse();
    assertThat(Spelling.canonical(decomposed)).isEqualTo("tỉ lệ hóa");
  }

  @Test
  void everyCharAndPairTheFastPathTrustsIsNfc() {
    List<Character> trusted = new ArrayList<>();
    for (char c = 0; c < 0x300; c++) {
      trusted.add(c);
    }
    for (char c = 0x1E00; c <= 0x1EFF; c++) {
      trusted.add(c);
    }
    int notNfc = 0;
    for (char x : trusted) {
      for (char y : trusted) {
        String s = "" + x + y;
        assertThat(Spelling.composed(s)).isTrue();
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
          notNfc++;
        }
      }
    }
    assertThat(notNfc).isZero();
    assertThat(Spelling.composed("a\u0301")).isFalse();
    assertThat(Spelling.composed("Ω")).isFalse(); // U+2126, whose NFC is U+03A9
  }
}
