package io.nqx.ingest;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the pages OCR starts on behalf of a piece of work, so that whoever waits for it can give each page a
 * time budget of its own (a scanned file of 40 pages is not stuck because it takes longer than a text file).
 */
public final class OcrClock {
  private static final ThreadLocal<AtomicInteger> PAGES = new ThreadLocal<>();

  private OcrClock() {}

  /** Runs {@code work} on this thread, counting in {@code pages} every page OCR starts meanwhile. */
  public static <T> T counting(AtomicInteger pages, Callable<T> work) throws Exception {
    AtomicInteger before = PAGES.get();
    PAGES.set(pages);
    try {
      return work.call();
    } finally {
      PAGES.set(before);
    }
  }

  static void pageStarted() {
    AtomicInteger pages = PAGES.get();
    if (pages != null) {
      pages.incrementAndGet();
    }
  }
}
