package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VniDecoderTest {
  private static final String EVERY_TONE = "a à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ e è é ẻ ẽ ẹ ê ề ế ể ễ ệ i ì í ỉ ĩ ị "
      + "o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ u ù ú ủ ũ ụ ư ừ ứ ử ữ ự y ỳ ý ỷ ỹ ỵ đ";

  @Test
  void everyToneOnEveryVowelRoundTripsInBothCases() {
    for (String text : new String[] {EVERY_TONE, EVERY_TONE.toUpperCase(java.util.Locale.ROOT)}) {
      String vni = VniDecoder.encode(text);
      assertThat(vni).isNotEqualTo(text);
      assertThat(vni.chars()).allMatch(c -> c <= 0xFF);
      assertThat(VniDecoder.decode(vni)).isEqualTo(text);
    }
  }

  @Test
  void theFontEncodingAsLatin1ShowsIt() {
    assertThat(VniDecoder.decode("Chöông trình haønh ñoäng")).isEqualTo("Chương trình hành động");
    assertThat(VniDecoder.encode("Tỷ lệ hộ nghèo")).isEqualTo("Tyû leä hoä ngheøo");
  }

  @Test
  void aCorpusDocumentInVniReadsBackAsTheSameText() throws IOException, IngestException {
    String original;
    try (InputStream in = getClass().getResourceAsStream("/io/nqx/ingest/sample-plan.md")) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    byte[] vni = VniDecoder.encode(original).getBytes(StandardCharsets.ISO_8859_1);
    // What Latin-1 cannot write (curly quotes) comes back as '?', on both sides of the comparison.
    String representable = VniDecoder.decode(new String(vni, StandardCharsets.ISO_8859_1));
    Ingestor ingestor = Ingestor.create();
    SourceText read = ingestor.read(vni, "legacy-vni.txt");
    assertThat(read.charset()).contains("VNI");
    assertThat(read.text()).isEqualTo(ingestor.read(representable.getBytes(StandardCharsets.UTF_8), "x.txt").text());
    assertThat(read.text()).contains("tỷ lệ thất nghiệp khu vực thành thị dưới 2%");
  }

  @Test
  void aWordRunInVniFontsIsConvertedInAnyFormat() throws IngestException {
    String vni = VniDecoder.encode("Chương trình hành động của tỉnh về chính sách xã hội và các chỉ tiêu phát triển");
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + vni + "</p></body></html>";
    SourceText read = Ingestor.create().read(html.getBytes(StandardCharsets.UTF_8), "vni.html");
    assertThat(read.charset()).contains("VNI");
    assertThat(read.text()).isEqualTo("Chương trình hành động của tỉnh về chính sách xã hội và các chỉ tiêu phát triển");
  }
}
