package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The one entry point of ingestion: reads a file or stream of any supported format into a normalized
 * {@link SourceText}. The steps are each a class of their own: loading the bytes under a size limit
 * ({@link SourceBytes}), detecting the format from the content ({@link LazyDetector}), decoding plain text
 * ({@link PlainTextDecoder}) or parsing with Tika ({@link TikaText}), converting legacy Vietnamese encodings
 * ({@link LegacyVietnamese}), and normalizing ({@link TextNormalizer}). Thread-safe: one instance serves a
 * whole batch.
 */
public final class Ingestor {
  /** Default ceiling on extracted text, far above any real plan or programme (they run to ~100k chars). */
  public static final long DEFAULT_MAX_CHARS = 50_000_000L;
  /**
   * Default ceiling on a file's size: ten times the largest plan seen, and what the default heap reads and
   * normalizes comfortably (a file is held in memory whole, with its text and map).
   */
  public static final long DEFAULT_MAX_BYTES = 100L * 1024 * 1024;

  private final LazyDetector detector = new LazyDetector();
  private final long maxChars;
  private final long maxBytes;
  private final OcrMode ocr;
  private final long ocrPageTimeout;

  private Ingestor(Builder builder) {
    this.maxChars = builder.maxChars;
    this.maxBytes = builder.maxBytes;
    this.ocr = builder.ocr;
    this.ocrPageTimeout = builder.ocrPageTimeout;
  }

  /** Default budget of one page's OCR, in seconds: some ten times what a dense page takes on one core. */
  public static final long DEFAULT_OCR_PAGE_TIMEOUT = 120;

  /** An ingestor with the default limits. */
  public static Ingestor create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The limits of an ingestor. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private long maxChars = DEFAULT_MAX_CHARS;
    private OcrMode ocr = OcrMode.AUTO;
    private long ocrPageTimeout = DEFAULT_OCR_PAGE_TIMEOUT;

    private Builder() {}

    /** When to read by OCR (default {@link OcrMode#AUTO}: images and PDF pages without a text layer). */
    public Builder ocr(OcrMode mode) {
      this.ocr = java.util.Objects.requireNonNull(mode);
      return this;
    }

    /** Give up on a page whose OCR takes longer than this (default 120 s). */
    public Builder ocrPageTimeout(long seconds) {
      this.ocrPageTimeout = positive(seconds, "OCR page timeout");
      return this;
    }

    /** Refuse files larger than this many bytes, before reading them (default 100 MB). */
    public Builder maxBytes(long bytes) {
      this.maxBytes = positive(bytes, "max bytes");
      return this;
    }

    /** Refuse documents whose parser gives more characters of text (a guard against zip bombs). */
    public Builder maxChars(long chars) {
      this.maxChars = positive(chars, "max chars");
      return this;
    }

    public Ingestor build() {
      return new Ingestor(this);
    }

    private static long positive(long n, String what) {
      if (n <= 0) {
        throw new IllegalArgumentException(what + " must be positive: " + n);
      }
      return n;
    }
  }

  public long maxBytes() {
    return maxBytes;
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

  /** The lower-case file extensions of the formats nqx reads (without the dot). */
  public static Set<String> supportedExtensions() {
    return Formats.EXTENSIONS;
  }

  /** Reads and normalizes the file at {@code path}; the source is named by the path as given. */
  public SourceText read(Path path) throws IngestException {
    return read(SourceBytes.load(path, maxBytes), path.toString());
  }

  /** Reads and normalizes a whole stream (for example standard input), naming it {@code source}. */
  public SourceText read(InputStream in, String source) throws IngestException {
    return read(SourceBytes.load(in, source, maxBytes), source);
  }

  /** Reads and normalizes a document held in memory. */
  public SourceText read(byte[] bytes, String source) throws IngestException {
    Extracted extracted = extract(bytes, source);
    TextNormalizer.Normalized normalized = TextNormalizer.normalize(extracted.raw());
    if (normalized.text().isEmpty()) {
      String why = !extracted.type().equals(Formats.PDF) ? "no text in document"
          : ocr == OcrMode.NEVER ? "no text layer (a scan? OCR is off)" : "no text layer, and OCR read no words (a blank page?)";
      throw new IngestException(source, IngestException.Reason.NO_TEXT, why);
    }
    return new SourceText(source, extracted.type().toString(), extracted.charset(), normalized.text(),
        normalized.positions(), normalized.lines(), normalized.tables(), extracted.raw().ocrWords(),
        extracted.raw().ocrPages());
  }

  /**
   * The text as the format's parser gave it, before normalization, in the light Markdown that
   * {@link SourceText} positions refer to: the debugging view behind {@code nqx text --raw}.
   */
  public String readRaw(Path path) throws IngestException {
    return extract(SourceBytes.load(path, maxBytes), path.toString()).raw().text();
  }

  /** Like {@link #readRaw(Path)} for a stream. */
  public String readRaw(InputStream in, String source) throws IngestException {
    return extract(SourceBytes.load(in, source, maxBytes), source).raw().text();
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
    if (OcrReader.isImage(type)) {
      if (ocr == OcrMode.NEVER) {
        throw new IngestException(source, IngestException.Reason.UNSUPPORTED_FORMAT,
            "an image (" + type + ") is read only by OCR, which is off");
      }
      return new Extracted(OcrReader.image(bytes, type, source, ocrPageTimeout), type, null);
    }
    LegacyVietnamese.Recoded recoded = LegacyVietnamese.recode(TikaText.parse(bytes, type, source, maxChars));
    RawText raw = recoded.raw();
    if (type.equals(Formats.PDF) && ocr != OcrMode.NEVER) {
      raw = OcrReader.pdf(bytes, raw, ocr, source, ocrPageTimeout);
    }
    return new Extracted(raw, type, recoded.encoding());
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
}
