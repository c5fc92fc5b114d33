package io.nqx.ingest;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

  private static final Map<MediaType, Supplier<Parser>> PARSERS = Map.ofEntries(
      Map.entry(MediaType.text("html"), JSoupParser::new),
      Map.entry(MediaType.application("xhtml+xml"), JSoupParser::new),
      Map.entry(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
          OOXMLParser::new),
      Map.entry(MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
          OOXMLParser::new),
      Map.entry(MediaType.application("vnd.ms-word.document.macroenabled.12"), OOXMLParser::new),
      Map.entry(MediaType.application("msword"), OfficeParser::new),
      Map.entry(MediaType.application("vnd.oasis.opendocument.text"), OpenDocumentParser::new),
      Map.entry(MediaType.application("vnd.oasis.opendocument.text-template"), OpenDocumentParser::new),
      Map.entry(MediaType.application("vnd.oasis.opendocument.flat.text"), FlatOpenDocumentParser::new),
      Map.entry(MediaType.application("rtf"), RTFParser::new),
      Map.entry(PDF, PDFParser::new));

  static boolean isHtml(MediaType type) {
    return type.equals(MediaType.text("html")) || type.equals(MediaType.application("xhtml+xml"));
  }

  static boolean isPlainText(MediaType type) {
    return PLAIN_TEXT.contains(type.getBaseType());
  }

  /** A new parser for the type, or null when nqx does not read it. */
  static Parser parserFor(MediaType type) {
    Supplier<Parser> supplier = PARSERS.get(type.getBaseType());
    return supplier == null ? null : supplier.get();
  }

  /** The file extensions of the formats nqx reads, for walking directories. */
  static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm", "xhtml", "docx",
      "docm", "dotx", "doc", "odt", "ott", "fodt", "rtf", "pdf");
}
