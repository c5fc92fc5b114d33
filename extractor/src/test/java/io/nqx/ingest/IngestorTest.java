package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  private static final String SENTENCE = "Tỷ lệ hộ nghèo giảm 1%/năm; tuổi thọ trung bình khoảng 75,5 tuổi";
  private final Ingestor ingestor = Ingestor.create();

  @TempDir
  Path dir;

  @Test
  void utf8WithoutBomIsPlainTextInUtf8() throws Exception {
    SourceText text = ingestor.read(SENTENCE.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(text.charset()).contains("UTF-8");
    assertThat(text.text()).isEqualTo(SENTENCE);
  }

  @Test
  void aReplacementCharacterWrittenInUtf8IsStillUtf8AndOneBadByteIsNot() throws Exception {
    String withMark = SENTENCE + " \uFFFD";
    SourceText text = ingestor.read(withMark.getBytes(StandardCharsets.UTF_8), "a.txt");
    assertThat(text.charset()).contains("UTF-8");
    assertThat(text.text()).isEqualTo(withMark);
    byte[] bad = (SENTENCE + " x").getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 1] = (byte) 0xE0; // a lead byte with nothing after it: not UTF-8
    assertThat(ingestor.read(bad, "b.txt").charset()).isPresent().get().isNotEqualTo("UTF-8");
  }

  @Test
  void utf8BomIsSkippedAndPositionsCountFromTheFirstVisibleCharacter() throws Exception {
    byte[] body = ("Dòng một\n" + SENTENCE).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    SourceText text = ingestor.read(bytes, "bom.txt");
    assertThat(text.charset()).contains("UTF-8");
    assertThat(text.text()).isEqualTo("Dòng một\n" + SENTENCE);
    assertThat(text.position(0)).isEqualTo(new SourcePosition(1, 1));
    assertThat(text.position(text.text().indexOf("75,5"))).isEqualTo(new SourcePosition(2, 56));
  }

  @Test
  void utf16WithBomInBothByteOrders() throws Exception {
    Path file = dir.resolve("utf16.txt");
    Files.write(file, ("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_16LE));
    SourceText le = ingestor.read(file);
    assertThat(le.charset()).contains("UTF-16LE");
    assertThat(le.mediaType()).isEqualTo("text/plain");
    assertThat(le.text()).isEqualTo(SENTENCE);

    SourceText be = ingestor.read(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_16BE), "be.txt");
    assertThat(be.charset()).contains("UTF-16BE");
    assertThat(be.text()).isEqualTo(SENTENCE);
  }

  @Test
  void windows1258WithCombiningTonesReadsBackAsNfc() throws Exception {
    // Windows-1258 stores most toned vowels as a base letter plus a combining tone mark, so the encoder
    // needs the decomposed form; reading it back must give the composed text.
    Charset cp1258 = Charset.forName("windows-1258");
    String legacy = windows1258Form(SENTENCE);
    assertThat(legacy).isNotEqualTo(SENTENCE);
    assertThat(cp1258.newEncoder().canEncode(legacy)).isTrue();
    Path file = dir.resolve("legacy.txt");
    Files.write(file, legacy.getBytes(cp1258));

    SourceText text = ingestor.read(file);
    assertThat(text.charset()).contains("windows-1258");
    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(text.text()).isEqualTo(SENTENCE);
    assertThat(Normalizer.isNormalized(text.text(), Normalizer.Form.NFC)).isTrue();
  }

  /**
   * How Windows-1258 spells Vietnamese: letters with a shape mark (â ă ê ô ơ ư) precomposed, the tone as a
   * separate combining mark after them ("ệ" is "ê" + U+0323).
   */
  private static String windows1258Form(String nfc) {
    StringBuilder out = new StringBuilder();
    for (char c : nfc.toCharArray()) {
      String marks = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder shape = new StringBuilder();
      StringBuilder tone = new StringBuilder();
      for (char m : marks.toCharArray()) {
        boolean isTone = m == '\u0300' || m == '\u0301' || m == '\u0303' || m == '\u0309' || m == '\u0323';
        (isTone ? tone : shape).append(m);
      }
      out.append(Normalizer.normalize(shape, Normalizer.Form.NFC)).append(tone);
    }
    return out.toString();
  }

  @Test
  void markdownReadsAsPlainTextWithHints() throws Exception {
    SourceText text = ingestor.read("## **II- MỤC TIÊU**\n\nTỉ lệ đạt 95%.\n".getBytes(StandardCharsets.UTF_8), "x.md");
    assertThat(text.mediaType()).isEqualTo("text/plain");
    assertThat(text.text()).isEqualTo("II- MỤC TIÊU\n\nTỉ lệ đạt 95%.");
    assertThat(text.lines().get(0).headingLevel()).isEqualTo(2);
    assertThat(text.lineAt(text.text().indexOf("95%")).start()).isEqualTo(14);
  }

  @Test
  void htmlIsDetectedFromContentNotName() throws Exception {
    String html = "<!DOCTYPE html><html><head><title>Tiêu đề trang</title></head><body>"
        + "<h2><strong>II. MỤC TIÊU</strong></h2><p>diện tích nhà ở đạt 30 m<sup>2</sup> sàn/người&nbsp;</p>"
        + "<script>var x = 1;</script></body></html>";
    SourceText text = ingestor.read(html.getBytes(StandardCharsets.UTF_8), "named-like-a.txt");
    assertThat(text.mediaType()).isEqualTo("text/html");
    assertThat(text.text()).isEqualTo("II. MỤC TIÊU\n\ndiện tích nhà ở đạt 30 m² sàn/người");
    assertThat(text.lines().get(0).headingLevel()).isEqualTo(2);
    assertThat(text.lines().get(0).isBold()).isTrue();
  }

  @Test
  void streamsReadLikeFiles() throws Exception {
    SourceText text = ingestor.read(new ByteArrayInputStream(SENTENCE.getBytes(StandardCharsets.UTF_8)), "-");
    assertThat(text.source()).isEqualTo("-");
    assertThat(text.text()).isEqualTo(SENTENCE);
  }

  @Test
  void emptyFileIsRefused() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.txt"));
    assertThatThrownBy(() -> ingestor.read(file))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.EMPTY);
          assertThat(e.getMessage()).isEqualTo("empty file");
          assertThat(e.source()).isEqualTo(file.toString());
        });
  }

  @Test
  void whitespaceOnlyFileHasNoText() {
    assertThatThrownBy(() -> ingestor.read(" \n\u00A0\n".getBytes(StandardCharsets.UTF_8), "blank.txt"))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.NO_TEXT);
          assertThat(e.getMessage()).isEqualTo("no text in document");
        });
  }

  @Test
  void missingFileAndDirectoryAreUnreadable() {
    assertThatThrownBy(() -> ingestor.read(dir.resolve("nope.docx")))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
          assertThat(e.getMessage()).isEqualTo("no such file");
        });
    assertThatThrownBy(() -> ingestor.read(dir))
        .isInstanceOfSatisfying(IngestException.class, e -> assertThat(e.getMessage()).isEqualTo("is a directory"));
  }

  @Test
  void randomBytesAreAnUnsupportedFormat() {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    assertThatThrownBy(() -> ingestor.read(noise, "noise.docx"))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED_FORMAT);
          assertThat(e.getMessage()).isEqualTo("unsupported format (application/octet-stream)");
        });
  }

  @Test
  void aZipThatIsNoDocumentIsUnsupported() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("notes.txt"));
      zip.write("ghi chú".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertThatThrownBy(() -> ingestor.read(bytes.toByteArray(), "fake.docx"))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.UNSUPPORTED_FORMAT);
          assertThat(e.getMessage()).isEqualTo("unsupported format (application/zip)");
        });
  }

  @Test
  void aTruncatedPdfIsCorrupt() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> ingestor.read(pdf, "cut.pdf"))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.CORRUPT);
          assertThat(e.getMessage()).startsWith("cannot parse as application/pdf: ").doesNotContain("\n");
        });
  }

  @Test
  void rawViewIsTheTextBeforeNormalization() throws Exception {
    Path file = dir.resolve("raw.md");
    Files.writeString(file, "## **Tiêu đề**\n\nđạt\u00A095%");
    assertThat(ingestor.readRaw(file)).isEqualTo("## **Tiêu đề**\n\nđạt\u00A095%");
  }

  @Test
  void htmlWithoutACharsetIsUtf8WhenItsBytesAreElseWindows1258() throws Exception {
    String html = "<html><body><p>Tỷ lệ hộ nghèo giảm 1%/năm</p></body></html>";
    assertThat(ingestor.read(html.getBytes(StandardCharsets.UTF_8), "a.html").text())
        .isEqualTo("Tỷ lệ hộ nghèo giảm 1%/năm");
    byte[] legacy = windows1258Form(html).getBytes(Charset.forName("windows-1258"));
    assertThat(ingestor.read(legacy, "b.html").text()).isEqualTo("Tỷ lệ hộ nghèo giảm 1%/năm");
    String declared = "<html><head><meta charset=\"windows-1258\"></head><body><p>Tỷ lệ</p></body></html>";
    assertThat(ingestor.read(windows1258Form(declared).getBytes(Charset.forName("windows-1258")), "c.html").text())
        .isEqualTo("Tỷ lệ");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[2048]);
    assertThatThrownBy(() -> Ingestor.builder().maxBytes(1024).build().read(big))
        .isInstanceOfSatisfying(IngestException.class, e -> {
          assertThat(e.reason()).isEqualTo(IngestException.Reason.TOO_LARGE);
          assertThat(e.getMessage()).isEqualTo("too large: 0.0 MB, over the limit of 0.0 MB");
        });
    assertThatThrownBy(() -> Ingestor.builder().maxBytes(1024).build().read(new ByteArrayInputStream(new byte[4096]), "-"))
        .hasMessage("too large: more than 0.0 MB, over the limit of 0.0 MB");
  }
}
