package io.nqx.ingest;

/** When a document is read by OCR. */
public enum OcrMode {
  /** Image files, and the pages of a PDF that have no text layer (the default). */
  AUTO,
  /** Never: an image is an unsupported format, a scanned PDF has no text. */
  NEVER,
  /** Image files and every page of a PDF, whatever its text layer says. */
  ALWAYS
}
