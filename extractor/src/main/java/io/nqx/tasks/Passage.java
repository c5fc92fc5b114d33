package io.nqx.tasks;

import io.nqx.text.Prefiltered;

/**
 * The stretch {@code [from, to)} of a text that a task's deadline and deliverable are read from, with the
 * text in lower case and, for each offset of the stretch, whether it stands in a cited document's number,
 * date or title ({@link CitedTitles}): read once for both readings.
 */
record Passage(String text, String lower, int from, int to, boolean[] cited) {
  static Passage of(String text, String lower, int from, int to) {
    return new Passage(text, lower, from, to, CitedTitles.mask(text, lower, from, to));
  }

  static Passage of(String text, int from, int to) {
    return of(text, Prefiltered.lower(text), from, to);
  }

  /** Whether the stretch holds the lower-case word. */
  boolean contains(String lowerWord) {
    int at = lower.indexOf(lowerWord, from);
    return at >= 0 && at + lowerWord.length() <= to;
  }
}
