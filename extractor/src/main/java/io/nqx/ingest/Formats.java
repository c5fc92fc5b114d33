package io.nqx.ingest;

import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.FlatOpenDocumentParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * The formats nqx reads and the one Tika parser for each. Parsers are named here rather than found by
 * Tika's service loading so that start-up touches no parser it does not need: reading a .txt never loads
 * PDFBox or POI.
 */
final class Formats {
  private Formats() {}

  static final MediaType PDF = MediaType.application("pdf");

  /** Media types read as plain text by {@link PlainTextDecoder}, not by a Tika parser. */
  static final Set<MediaType> PLAIN_TEXT = Set.of(
      MediaType.TEXT_PLAIN, MediaType.text("markdown"), MediaType.text("x-web-markdown"),
      MediaType.text("x-markdown"));

  static boolean isHtml(MediaType type) {
    return type.equals(MediaType.text("html")) || type.equals(MediaType.application("xhtml+xml"));
  }

  static boolean isDocx(MediaType type) {
    String t = type.getBaseType().toString();
    return t.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml")
        || t.equals("application/vnd.ms-word.document.macroenabled.12");
  }

  static boolean isOpenDocument(MediaType type) {
    return type.getBaseType().toString().startsWith("application/vnd.oasis.opendocument");
  }

  static boolean isPlainText(MediaType type) {
    return PLAIN_TEXT.contains(type.getBaseType());
  }

  /**
   * A new parser for the type, or null when nqx does not read it. A switch rather than a map of constructor
   * references: a reference loads its class when the map is built, so reading a .txt loaded PDFBox's parser.
   */
  static Parser parserFor(MediaType type) {
    switch (type.getBaseType().toString()) {
      case "text/html":
      case "application/xhtml+xml":
        return new JSoupParser();
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.template":
      case "application/vnd.ms-word.document.macroenabled.12":
        return new OOXMLParser();
      case "application/msword":
        return new OfficeParser();
      case "application/vnd.oasis.opendocument.text":
      case "application/vnd.oasis.opendocument.text-template":
        return new OpenDocumentParser();
      case "application/vnd.oasis.opendocument.flat.text":
        return new FlatOpenDocumentParser();
      case "application/rtf":
        return new RTFParser();
      case "application/pdf":
        return new PDFParser();
      default:
        return null;
    }
  }

  /** The file extensions of the formats nqx reads, for walking directories. */
  static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx",
      "docm", "dotx", "doc", "odt", "ott", "fodt", "rtf", "pdf", "png", "jpg", "jpeg", "tif", "tiff");
}
