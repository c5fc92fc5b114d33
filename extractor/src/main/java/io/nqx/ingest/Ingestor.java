package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The one entry point of ingestion: reads a file or stream of any supported format into a normalized
 * {@link SourceText}. The format is detected from the content with Tika's detector, never from the name.
 * Thread-safe: one instance serves a whole batch.
 */
public final class Ingestor {
  /** Default ceiling on extracted text, far above any real plan or programme (they run to ~100k chars). */
  public static final long DEFAULT_MAX_CHARS = 50_000_000L;

  private final LazyDetector detector;
  /**
   * Default ceiling on a file's size: ten times the largest plan seen, and what the default heap reads and
   * normalizes comfortably (a file is held in memory whole, with its text and map).
   */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  private final long maxChars;
  private final long maxBytes;

  private Ingestor(long maxChars, long maxBytes) {
    this.detector = new LazyDetector();
    this.maxChars = maxChars;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads Tika's type registry (an XML file of some 300 KB) and sets up its metadata class, which the first
   * detection needs, so that a program can have that done on a spare core while it starts; the detection
   * then finds it ready or waits for it (Tika builds the registry once, under a lock).
   */
  public static void preload() {
    MimeTypes.getDefaultMimeTypes();
    new Metadata(); // its class initialization builds Tika's date formats and loads locale data
  }

  /** An ingestor with the default limits. */
  public static Ingestor create() {
    return new Ingestor(DEFAULT_MAX_CHARS, DEFAULT_MAX_BYTES);
  }

  /** An ingestor that refuses files larger than {@code maxBytes} (and text longer than allowed). */
  public static Ingestor withMaxBytes(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("max bytes must be positive: " + maxBytes);
    }
    return new Ingestor(DEFAULT_MAX_CHARS, maxBytes);
  }

  /** The lower-case file extensions of the formats nqx reads (without the dot). */
  public static Set<String> supportedExtensions() {
    return Formats.EXTENSIONS;
  }

  /** Reads and normalizes the file at {@code path}; the source is named by the path as given. */
  public SourceText read(Path path) throws IngestException {
    return read(load(path), path.toString());
  }

  /** Reads and normalizes a whole stream (for example standard input), naming it {@code source}. */
  public SourceText read(InputStream in, String source) throws IngestException {
    return read(load(in, source), source);
  }

  /** Reads and normalizes a document held in memory. */
  public SourceText read(byte[] bytes, String source) throws IngestException {
    Extracted extracted = extract(bytes, source);
    TextNormalizer.Normalized normalized = TextNormalizer.normalize(extracted.raw());
    if (normalized.text().isEmpty()) {
      String why = extracted.type().equals(Formats.PDF) ? "no text layer: scanned document?" : "no text in document";
      throw new IngestException(source, IngestException.Reason.NO_TEXT, why);
    }
    return new SourceText(source, extracted.type().toString(), extracted.charset(), normalized.text(),
        normalized.positions(), normalized.lines());
  }

  /**
   * The text as the format's parser gave it, before normalization, in the light Markdown that
   * {@link SourceText} positions refer to: the debugging view behind {@code nqx text --raw}.
   */
  public String readRaw(Path path) throws IngestException {
    return extract(load(path), path.toString()).raw().text();
  }

  /** Like {@link #readRaw(Path)} for a stream. */
  public String readRaw(InputStream in, String source) throws IngestException {
    return extract(load(in, source), source).raw().text();
  }

  private byte[] load(Path path) throws IngestException {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "is a directory");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(source, size);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  private byte[] load(InputStream in, String source) throws IngestException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(source, -1);
      }
      return bytes;
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  private IngestException tooLarge(String source, long size) {
    String actual = size < 0 ? "more than " + megabytes(maxBytes) : megabytes(size);
    return new IngestException(source, IngestException.Reason.TOO_LARGE,
        "too large: " + actual + " (the limit is " + megabytes(maxBytes) + "; raise it with --max-size)");
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }

  /** What a format gave: the raw text, the detected type, and the charset for plain text (else null). */
  private record Extracted(RawText raw, MediaType type, String charset) {}

  private Extracted extract(byte[] bytes, String source) throws IngestException {
    if (bytes.length == 0) {
      throw new IngestException(source, IngestException.Reason.EMPTY, "empty file");
    }
    MediaType type = detect(bytes, source).getBaseType();
    if (Formats.isPlainText(type)) {
      PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
      return new Extracted(RawText.unpaged(decoded.text()), type, decoded.charset());
    }
    RawText raw = parse(bytes, type, source);
    // Runs in the ".VnTime" or "VNI-Times" fonts reach us as Latin-1 letters: read them as what they are.
    String legacy = LegacyVietnamese.legacyEncoding(raw.text());
    if (LegacyVietnamese.TCVN3.equals(legacy)) {
      return new Extracted(new RawText(LegacyVietnamese.reinterpretTcvn3(raw.text()), raw.pageStartLines(),
          raw.softBreaks()), type, legacy);
    }
    if (VniDecoder.VNI.equals(legacy)) {
      // VNI writes one letter as two characters: the lines stay, columns count the converted text.
      return new Extracted(new RawText(VniDecoder.decode(raw.text()), raw.pageStartLines(), raw.softBreaks()),
          type, legacy);
    }
    return new Extracted(raw, type, null);
  }

  /**
   * The media type of the content, as Tika's detector sees it from the bytes alone; unknown bytes that read
   * as legacy-encoded text are {@code text/plain}.
   */
  public MediaType detect(byte[] bytes, String source) throws IngestException {
    try {
      MediaType type = detector.detect(bytes);
      if (type.equals(MediaType.OCTET_STREAM) && PlainTextDecoder.looksLikeText(bytes)) {
        return MediaType.TEXT_PLAIN;
      }
      return type;
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot detect format: " + e.getMessage(), e);
    }
  }

  private RawText parse(byte[] bytes, MediaType type, String source) throws IngestException {
    Parser parser = Formats.parserFor(type);
    if (parser == null) {
      throw new IngestException(source, IngestException.Reason.UNSUPPORTED_FORMAT,
          "unsupported format (" + type.getBaseType() + ")");
    }
    LightMarkdownHandler handler = new LightMarkdownHandler(maxChars, Formats.isHtml(type), type.equals(Formats.PDF));
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, new Metadata(), parseContext());
    } catch (EncryptedDocumentException e) {
      throw new IngestException(source, IngestException.Reason.ENCRYPTED, "encrypted document (password-protected)", e);
    } catch (LightMarkdownHandler.TextLimitException e) {
      throw new IngestException(source, IngestException.Reason.CORRUPT, "too much text: " + e.getMessage(), e);
    } catch (TikaException | SAXException | IOException | UncheckedIOException e) {
      throw new IngestException(source, IngestException.Reason.CORRUPT,
          "cannot parse as " + type.getBaseType() + ": " + oneLine(rootMessage(e)), e);
    } catch (RuntimeException e) {
      // Parsers of broken files fail in ways they do not declare (ClassCast, IndexOutOfBounds ...).
      throw new IngestException(source, IngestException.Reason.CORRUPT,
          "cannot parse as " + type.getBaseType() + ": " + oneLine(rootMessage(e)), e);
    }
    return handler.result();
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
