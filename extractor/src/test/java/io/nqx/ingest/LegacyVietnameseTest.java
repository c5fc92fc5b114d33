package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LegacyVietnameseTest {
  private static final String EVERY_TONE = "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị "
      + "o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ";

  @Test
  void everyToneOnEveryVowelRoundTrips() {
    byte[] bytes = LegacyVietnamese.encodeTcvn3(EVERY_TONE);
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("?");
    assertThat(LegacyVietnamese.decodeTcvn3(bytes)).isEqualTo(EVERY_TONE);
  }

  @Test
  void theScoreCountsWholeCommonWordsInAnyCase() {
    // "CỦA", "Và", "các", "năm" count; "cácx", "xcủa" and "Năm2030"'s letters-only run "Năm" (digits end it) do too.
    assertThat(LegacyVietnamese.score("CỦA Và các năm")).isEqualTo(4);
    assertThat(LegacyVietnamese.score("cácx xcủa người-dân")).isEqualTo(2);
    assertThat(LegacyVietnamese.score("Năm2030")).isEqualTo(1);
    // Decomposed marks are not letters, so an NFD word is not one of the words; a TCVN3 reading as Latin-1 has none.
    assertThat(LegacyVietnamese.score(java.text.Normalizer.normalize("của", java.text.Normalizer.Form.NFD))).isZero();
    assertThat(LegacyVietnamese.score("Ch\u00AD\u00ACng tr\u00D7nh c\u00F1a")).isZero();
    assertThat(LegacyVietnamese.score("")).isZero();
  }

  @Test
  void unicodeVietnameseIsNotTakenForALegacyEncoding() {
    String unicode = "Tỷ lệ hộ nghèo của tỉnh giảm bình quân 1,5%/năm; người dân được hưởng chính sách xã hội.";
    assertThat(LegacyVietnamese.legacyEncoding(unicode)).isNull();
    assertThat(LegacyVietnamese.legacyEncoding(java.text.Normalizer.normalize(unicode, java.text.Normalizer.Form.NFD)))
        .isNull();
    // The same sentence in TCVN3 read as Latin-1, with a Unicode title before it, is still converted.
    String tcvn3 = new String(LegacyVietnamese.encodeTcvn3(unicode), StandardCharsets.ISO_8859_1);
    assertThat(LegacyVietnamese.legacyEncoding("Kế hoạch\n" + tcvn3 + "\n" + tcvn3)).isEqualTo("TCVN3");
    assertThat(LegacyVietnamese.legacyEncoding(VniDecoder.encode(unicode) + " " + VniDecoder.encode(unicode)))
        .isEqualTo("VNI");
  }

  @Test
  void theTableIsTheTcvn5712One() {
    // "Chương trình" as a .VnTime document stores it, shown as Latin-1: "Ch­¬ng tr×nh".
    assertThat(LegacyVietnamese.decodeTcvn3("Ch\u00AD\u00ACng tr\u00D7nh".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("Chương trình");
    assertThat(LegacyVietnamese.encodeTcvn3("đ")).containsExactly((byte) 0xAE);
  }

  @Test
  void aCorpusDocumentInTcvn3ReadsBackAsTheSameText() throws IOException, IngestException {
    String original;
    try (InputStream in = getClass().getResourceAsStream("/io/nqx/ingest/sample-plan.md")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] tcvn3 = LegacyVietnamese.encodeTcvn3(original);
    // What TCVN3 cannot write (curly quotes, an ellipsis) comes back as '?', on both sides of the comparison.
    String representable = LegacyVietnamese.decodeTcvn3(tcvn3);
    Ingestor ingestor = Ingestor.create();
    SourceText read = ingestor.read(tcvn3, "legacy.txt");
    assertThat(read.charset()).contains("TCVN3");
    assertThat(read.text()).isEqualTo(ingestor.read(representable.getBytes(StandardCharsets.UTF_8), "x.txt").text());
    assertThat(read.text()).contains("tỷ lệ thất nghiệp khu vực thành thị dưới 2%", "(6) Bảo đảm vững chắc mức sinh");
  }

  @Test
  void windows1258IsStillTakenForWindows1258() throws IngestException {
    String text = "Tỷ lệ hộ nghèo của tỉnh và các xã giảm; người dân được hưởng chính sách xã hội.";
    byte[] cp1258 = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
        .getBytes(java.nio.charset.Charset.forName("windows-1258"));
    SourceText read = Ingestor.create().read(cp1258, "w.txt");
    assertThat(read.charset()).contains("windows-1258");
  }

  @Test
  void aWordRunInVnTimeFontsIsConvertedInAnyFormat() throws IngestException {
    String latin1 = new String(LegacyVietnamese.encodeTcvn3(
        "Chương trình hành động của tỉnh về chính sách xã hội và các chỉ tiêu phát triển"), StandardCharsets.ISO_8859_1);
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + latin1 + "</p></body></html>";
    SourceText read = Ingestor.create().read(html.getBytes(StandardCharsets.UTF_8), "vntime.html");
    assertThat(read.charset()).contains("TCVN3");
    assertThat(read.text()).isEqualTo("Chương trình hành động của tỉnh về chính sách xã hội và các chỉ tiêu phát triển");
  }
}
