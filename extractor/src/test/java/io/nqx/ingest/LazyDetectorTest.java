package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two-step detector names every input the way Tika's full DefaultDetector does: the saving is in what
 * it loads, never in what it answers.
 */
class LazyDetectorTest {
  private static final Detector FULL = new DefaultDetector(MimeTypes.getDefaultMimeTypes());
  private static final Detector LAZY = new LazyDetector();

  private static final Map<String, MediaType> EXPECTED = new LinkedHashMap<>();
  static {
    EXPECTED.put("docx", MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"));
    EXPECTED.put("odt", MediaType.application("vnd.oasis.opendocument.text"));
    EXPECTED.put("doc", MediaType.application("msword"));
    EXPECTED.put("zip", MediaType.application("zip"));
    EXPECTED.put("truncated-docx", MediaType.application("x-tika-ooxml"));
    EXPECTED.put("rtf", MediaType.application("rtf"));
    EXPECTED.put("pdf", MediaType.application("pdf"));
    EXPECTED.put("html", MediaType.text("html"));
    EXPECTED.put("txt", MediaType.TEXT_PLAIN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docx", "odt", "doc", "zip", "truncated-docx", "rtf", "pdf", "html", "txt"})
  void namesEachFormatAsTikaDoes(String kind) throws IOException {
    byte[] bytes = sample(kind);
    MediaType lazy = detect(LAZY, bytes);
    assertThat(lazy.getBaseType()).isEqualTo(EXPECTED.get(kind));
    assertThat(lazy).isEqualTo(detect(FULL, bytes));
    // The in-memory path Ingestor takes (no TikaInputStream unless a container is opened) answers the same.
    assertThat(new LazyDetector().detect(bytes)).isEqualTo(lazy);
  }

  private static MediaType detect(Detector detector, byte[] bytes) throws IOException {
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      return detector.detect(in, new Metadata());
    }
  }

  private static byte[] sample(String kind) throws IOException {
    String text = "Tỷ lệ hộ nghèo giảm bình quân 1%/năm.";
    return switch (kind) {
      case "docx" -> zip("[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
          "word/document.xml", "<w:document/>");
      case "odt" -> zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>");
      case "zip" -> zip("notes.txt", text);
      // A .docx cut short loses its central directory: the magic still sees an OOXML package, not which one.
      case "truncated-docx" -> Arrays.copyOf(sample("docx"), 60);
      case "doc" -> ole2("WordDocument");
      case "rtf" -> ("{\\rtf1\\ansi " + text + "}").getBytes(StandardCharsets.US_ASCII);
      case "pdf" -> "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
      case "html" -> ("<!DOCTYPE html><html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
      case "txt" -> text.getBytes(StandardCharsets.UTF_8);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] ole2(String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), entry);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
