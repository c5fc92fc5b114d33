package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's TSV read into lines, paragraphs, pages and word confidences (written for the test). */
class TesseractTsvTest {
  private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\t"
      + "height\tconf\ttext\n";

  private static String word(int page, int block, int par, int line, int n, double conf, String text) {
    return "5\t" + page + "\t" + block + "\t" + par + "\t" + line + "\t" + n + "\t0\t0\t10\t10\t" + conf + "\t" + text
        + "\n";
  }

  @Test
  void wordsBecomeLinesAndParagraphsWithTheirConfidence() {
    String tsv = HEADER + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
        + word(1, 1, 1, 1, 1, 96.5, "KẾ") + word(1, 1, 1, 1, 2, 95.5, "HOẠCH")
        + word(1, 1, 2, 1, 1, 90, "Tỷ") + word(1, 1, 2, 1, 2, 91, "lệ") + word(1, 1, 2, 2, 1, 40, "l00%")
        + word(1, 1, 2, 2, 2, -1, "") + word(2, 1, 1, 1, 1, 80, "Trang") + word(2, 1, 1, 1, 2, 70, "hai");
    List<Tesseract.Reading> pages = Tesseract.parse(tsv);
    assertThat(pages).hasSize(2);
    Tesseract.Reading first = pages.get(0);
    assertThat(first.text()).isEqualTo("KẾ HOẠCH\n\nTỷ lệ\n100%");
    assertThat(first.starts()).containsExactly(0, 3, 10, 13, 16);
    assertThat(first.ends()).containsExactly(2, 8, 12, 15, 20);
    assertThat(first.meanConfidence()).isCloseTo((96.5 + 95.5 + 90 + 91 + 40) / 5 / 100, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(pages.get(1).text()).isEqualTo("Trang hai");

    OcrWords words = new OcrWords(first.starts(), first.ends(), first.confidences());
    assertThat(words.confidence(16, 20)).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(words.confidence(10, 15)).isCloseTo(0.905, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(words.confidence(8, 10)).isNaN(); // the blank line between paragraphs
    assertThat(words.shift(100).confidence(116, 117)).isCloseTo(0.40, org.assertj.core.data.Offset.offset(1e-6));
  }
}
