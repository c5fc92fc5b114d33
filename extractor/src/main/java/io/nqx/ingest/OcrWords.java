package io.nqx.ingest;

import java.util.Arrays;

/**
 * The words OCR read, as ranges of the raw text with their confidence, sorted by start: what tells how sure
 * the reading of any span of the document is.
 */
final class OcrWords {
  static final OcrWords NONE = new OcrWords(new int[0], new int[0], new float[0]);

  private final int[] starts;
  private final int[] ends;
  private final float[] confidences;

  OcrWords(int[] starts, int[] ends, float[] confidences) {
    this.starts = starts;
    this.ends = ends;
    this.confidences = confidences;
  }

  boolean isEmpty() {
    return starts.length == 0;
  }

  /** The words shifted by {@code delta} raw characters (a page placed after others). */
  OcrWords shift(int delta) {
    int[] s = starts.clone();
    int[] e = ends.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] += delta;
      e[i] += delta;
    }
    return new OcrWords(s, e, confidences.clone());
  }

  static OcrWords concat(java.util.List<OcrWords> parts) {
    int n = parts.stream().mapToInt(p -> p.starts.length).sum();
    int[] s = new int[n];
    int[] e = new int[n];
    float[] c = new float[n];
    int k = 0;
    for (OcrWords p : parts) {
      System.arraycopy(p.starts, 0, s, k, p.starts.length);
      System.arraycopy(p.ends, 0, e, k, p.ends.length);
      System.arraycopy(p.confidences, 0, c, k, p.confidences.length);
      k += p.starts.length;
    }
    return new OcrWords(s, e, c);
  }

  /**
   * The mean confidence (0 to 1) of the words that overlap {@code [from, to)} of the raw text, or NaN when no
   * word read by OCR does.
   */
  double confidence(int from, int to) {
    int i = Arrays.binarySearch(starts, from);
    i = i < 0 ? Math.max(0, -i - 2) : i;
    double sum = 0;
    int n = 0;
    for (; i < starts.length && starts[i] < Math.max(to, from + 1); i++) {
      if (ends[i] > from) {
        sum += confidences[i];
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n / 100.0;
  }
}
