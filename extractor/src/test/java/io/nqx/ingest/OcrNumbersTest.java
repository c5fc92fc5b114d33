package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OCR's confusions repaired inside numbers, and only there. */
class OcrNumbersTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      đến năm 2O25 đạt                | đến năm 2025 đạt
      tỷ lệ l00% xã                   | tỷ lệ 100% xã
      đạt 10O% kế hoạch               | đạt 100% kế hoạch
      giảm còn 2;35%                  | giảm còn 2,35%
      dưới 2·5%                       | dưới 2,5%
      1'000 lao động                  | 1.000 lao động
      có 15 000 hộ                    | có 15.000 hộ
      3 200 000 người                 | 3.200.000 người
      giảm 2 35% mỗi năm              | giảm 2,35% mỗi năm
      Nghị quyết số 42-NQ/IW ngày     | Nghị quyết số 42-NQ/TW ngày
      Kế hoạch số 19-KH/1W            | Kế hoạch số 19-KH/TW
      ngày 24/1l/2023                 | ngày 24/11/2023
      """)
  void repairsInsideNumbers(String ocr, String repaired) {
    assertThat(OcrNumbers.repair(ocr)).isEqualTo(repaired).hasSameSizeAs(ocr);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ông Il lo việc
      năm 2025 100 xã đạt chuẩn
      Điều lO của luật
      mục I và II
      NQ/I1W không phải số
      hỗ trợ 5 người; 6 hộ
      tỷ lệ 1,5% và 2.000 người
      """)
  void leavesWordsAndOtherSpacesAlone(String text) {
    assertThat(OcrNumbers.repair(text)).isEqualTo(text);
  }
}
