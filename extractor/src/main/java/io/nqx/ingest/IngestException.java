package io.nqx.ingest;

import java.util.Objects;

/**
 * A document that could not be read. The message is one line naming the reason in words a user can act on;
 * {@link #source()} names the document, so a front end prints {@code nqx: SOURCE: MESSAGE}.
 */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a document could not be read. */
  public enum Reason {
    /** The file does not exist, is a directory, or cannot be opened. */
    UNREADABLE,
    /** The file has no bytes. */
    EMPTY,
    /** The file is larger than the configured limit. */
    TOO_LARGE,
    /** The content is of a format nqx does not read. */
    UNSUPPORTED_FORMAT,
    /** The content claims a supported format but its parser failed on it. */
    CORRUPT,
    /** The document is password-protected. */
    ENCRYPTED,
    /** The document was read but holds no text (a scan without a text layer, an empty page). */
    NO_TEXT,
    /** The document needs OCR and Tesseract or its Vietnamese model is not installed. */
    OCR_UNAVAILABLE
  }

  private final String source;
  private final Reason reason;

  public IngestException(String source, Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.source = Objects.requireNonNull(source);
    this.reason = Objects.requireNonNull(reason);
  }

  public IngestException(String source, Reason reason, String message) {
    this(source, reason, message, null);
  }

  public String source() {
    return source;
  }

  public Reason reason() {
    return reason;
  }
}
