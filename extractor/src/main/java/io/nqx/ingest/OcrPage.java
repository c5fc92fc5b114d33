package io.nqx.ingest;

/**
 * A page read by OCR and how sure the reading is.
 *
 * @param page the 1-based page number in the file
 * @param confidence the mean confidence of its words, 0 to 1 (Tesseract's per-word confidence / 100)
 * @param words how many words it read
 */
public record OcrPage(int page, double confidence, int words) {}
