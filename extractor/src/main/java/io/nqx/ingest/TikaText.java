package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Runs the one Tika parser of a format over a document's bytes and writes what it emits as light Markdown
 * ({@link LightMarkdownHandler}); how Tika is set up for nqx, and how its failures read to a user.
 */
final class TikaText {
  private TikaText() {}

  static RawText parse(byte[] bytes, MediaType type, String source, long maxChars) throws IngestException {
    Parser parser = Formats.parserFor(type);
    if (parser == null) {
      throw new IngestException(source, IngestException.Reason.UNSUPPORTED_FORMAT,
          "unsupported format (" + type.getBaseType() + ")");
    }
    // HTML and OpenDocument state cell spans in their markup; Tika's Word and RTF parsers do not, and what
    // the files say of them is read below.
    LightMarkdownHandler handler = new LightMarkdownHandler(maxChars, Formats.isHtml(type), type.equals(Formats.PDF),
        Formats.isHtml(type) || Formats.isOpenDocument(type));
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, new Metadata(), parseContext());
    } catch (EncryptedDocumentException e) {
      throw new IngestException(source, IngestException.Reason.ENCRYPTED, "encrypted document (password-protected)", e);
    } catch (LightMarkdownHandler.TextLimitException e) {
      throw new IngestException(source, IngestException.Reason.CORRUPT, "too much text: " + e.getMessage(), e);
    } catch (TikaException | SAXException | IOException | UncheckedIOException e) {
      throw cannotParse(source, type, e);
    } catch (RuntimeException e) {
      // Parsers of broken files fail in ways they do not declare (ClassCast, IndexOutOfBounds ...).
      throw cannotParse(source, type, e);
    }
    RawText raw = handler.result();
    // Tika's RTF parser gives a table's cells as paragraphs; the rows and spans are read from the RTF itself.
    // Its Word parsers give a merged cell as fewer or empty cells; the spans are read from the file too.
    return switch (type.getBaseType().toString()) {
      case "application/rtf" -> RtfTables.attach(bytes, raw);
      case "application/msword" -> WordTables.doc(bytes, raw);
      default -> Formats.isDocx(type) ? WordTables.docx(bytes, raw) : raw;
    };
  }

  private static IngestException cannotParse(String source, MediaType type, Exception e) {
    return new IngestException(source, IngestException.Reason.CORRUPT,
        "cannot parse as " + type.getBaseType() + ": " + oneLine(rootMessage(e)), e);
  }

  private static ParseContext parseContext() {
    ParseContext context = new ParseContext();
    OfficeParserConfig office = new OfficeParserConfig();
    // Running heads and page footers repeat on every page and are not part of the text a reader follows.
    office.setIncludeHeadersAndFooters(false);
    office.setIncludeDeletedContent(false);
    office.setIncludeMoveFromContent(false);
    // A .docx read as a stream of SAX events rather than through POI's XMLBeans object model: the same text
    // (every corpus rendering gives the same output), a third less time for a first .docx, and less memory.
    office.setUseSAXDocxExtractor(true);
    context.set(OfficeParserConfig.class, office);
    PDFParserConfig pdf = new PDFParserConfig();
    // Bookmarks repeat the headings as an outline after the text; annotations are reviewers' notes.
    pdf.setExtractBookmarksText(false);
    // A gap of 1.7 lines starts a new paragraph (PDFBox's default is 2.5): plans and programmes put a few
    // points between paragraphs, and a heading must not run into the paragraph under it. Within a
    // paragraph every line break is then a layout wrap.
    pdf.setDropThreshold(1.7f);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractInlineImages(false);
    // No OCR engine is bundled: a page without a text layer is reported, not read (Tika would otherwise
    // look for an OCR parser among the embedded-document parsers, which nqx does not build).
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    context.set(PDFParserConfig.class, pdf);
    context.set(HtmlMapper.class, HtmlElements.INSTANCE);
    context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
    // A charset the page declares (BOM, meta) first; else UTF-8 when the bytes are UTF-8, else Windows-1258.
    context.set(EncodingDetector.class, new CompositeEncodingDetector(
        List.of(new HtmlEncodingDetector(), new VietnameseEncodingDetector())));
    return context;
  }

  /**
   * Files embedded in a document (images, an attached spreadsheet) are not part of the text nqx reads. The
   * context must say so: without an extractor in it, Tika's parsers build an AutoDetectParser, which is
   * every parser on the class path, for each .docx, .doc and .pdf they read.
   */
  private enum NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
    INSTANCE;

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
      return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
      // Never asked: shouldParseEmbedded says no.
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
