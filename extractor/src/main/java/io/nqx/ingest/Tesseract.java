package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Tesseract command (its {@code vie} model) over one image and reads its TSV output: the words with
 * their confidence, in reading order, by block, paragraph and line. The command is {@code tesseract} on the
 * PATH, or the one the system property {@code nqx.tesseract} or the environment variable {@code NQX_TESSERACT}
 * names.
 *
 * <p>Why a process and not Tika's TesseractOCRParser: Tika's parser also runs the command, once per page, but
 * gives the text alone; the TSV output gives each word's confidence, which every record read by OCR carries.
 * Measured on the scanned fixtures the two read the same words (see the README, OCR).
 */
final class Tesseract {
  static final String INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie";
  private static final String LANGUAGE = "vie";
  private static volatile String checked;

  private Tesseract() {}

  /** What OCR read from one image: its text (lines and paragraphs), its words' raw ranges and confidences. */
  record Reading(String text, List<Integer> paragraphLines, int[] starts, int[] ends, float[] confidences) {
    double meanConfidence() {
      double sum = 0;
      for (float c : confidences) {
        sum += c;
      }
      return confidences.length == 0 ? 0 : sum / confidences.length / 100.0;
    }
  }

  static String command() {
    String c = System.getProperty("nqx.tesseract", System.getenv("NQX_TESSERACT"));
    return c == null || c.isBlank() ? "tesseract" : c;
  }

  /**
   * Checks once that the command runs and has the Vietnamese model; the error says what is missing and how to
   * install it.
   */
  static void check(String source) throws IngestException {
    String command = command();
    if (command.equals(checked)) {
      return;
    }
    String langs;
    try {
      Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
      langs = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw unavailable(source, "'" + command + " --list-langs' did not answer");
      }
    } catch (IOException e) {
      throw unavailable(source, "Tesseract is not installed ('" + command + "' not found)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(source, "interrupted while looking for Tesseract");
    }
    if (langs.lines().noneMatch(l -> l.strip().equals(LANGUAGE))) {
      throw unavailable(source, "Tesseract has no Vietnamese model ('vie')");
    }
    checked = command;
  }

  private static IngestException unavailable(String source, String why) {
    return new IngestException(source, IngestException.Reason.OCR_UNAVAILABLE,
        "needs OCR: " + why + "; install it with: " + INSTALL);
  }

  /** Reads one image file (PNG, JPEG, TIFF; a multi-page TIFF gives one reading per page). */
  static List<Reading> read(Path image, String source, long timeoutSeconds) throws IngestException {
    check(source);
    OcrClock.pageStarted();
    ProcessBuilder pb = new ProcessBuilder(command(), image.toString(), "stdout", "-l", LANGUAGE, "--psm", "3",
        "tsv");
    // Tesseract's OpenMP threads fight over the cores a batch already uses (measured: 2.2 s a page alone,
    // 36 s with the default threads beside a second process)
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      Process p = pb.start();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readAllBytes();
      }
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IngestException(source, IngestException.Reason.CORRUPT, "OCR took longer than " + timeoutSeconds + " s");
      }
      if (p.exitValue() != 0) {
        throw new IngestException(source, IngestException.Reason.CORRUPT, "OCR failed (tesseract exit "
            + p.exitValue() + "): not an image it can read?");
      }
      return parse(new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw unavailable(source, "cannot run '" + command() + "': " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IngestException(source, IngestException.Reason.CORRUPT, "interrupted during OCR");
    }
  }

  /**
   * Reads Tesseract's TSV: one row per word (level 5) with its page, block, paragraph and line numbers and
   * confidence. A new line of words starts a line of text, a new paragraph or block a blank line; the words'
   * ranges are offsets in the text built here. Number look-alikes are repaired inside numbers.
   */
  static List<Reading> parse(String tsv) {
    List<Reading> pages = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Integer> paragraphLines = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    List<Float> confs = new ArrayList<>();
    String lastPage = null;
    String lastPar = null;
    String lastLine = null;
    int lineIndex = 0;
    for (String row : tsv.split("\n")) {
      String[] f = row.split("\t", -1);
      if (f.length < 12 || !f[0].equals("5")) {
        continue;
      }
      String word = f[11].strip();
      float conf;
      try {
        conf = Float.parseFloat(f[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (word.isEmpty() || conf < 0) {
        continue;
      }
      if (lastPage != null && !f[1].equals(lastPage)) {
        pages.add(reading(text, paragraphLines, ranges, confs));
        text = new StringBuilder();
        paragraphLines = new ArrayList<>();
        ranges = new ArrayList<>();
        confs = new ArrayList<>();
        lastPar = null;
        lastLine = null;
        lineIndex = 0;
      }
      lastPage = f[1];
      String par = f[2] + "." + f[3];
      String line = par + "." + f[4];
      if (lastLine == null) {
        paragraphLines.add(0);
      } else if (!par.equals(lastPar)) {
        text.append("\n\n");
        lineIndex += 2;
        paragraphLines.add(lineIndex);
      } else if (!line.equals(lastLine)) {
        text.append('\n');
        lineIndex++;
      } else {
        text.append(' ');
      }
      lastPar = par;
      lastLine = line;
      ranges.add(new int[] {text.length(), text.length() + word.length()});
      confs.add(conf);
      text.append(word);
    }
    if (lastPage != null) {
      pages.add(reading(text, paragraphLines, ranges, confs));
    }
    return pages;
  }

  private static Reading reading(StringBuilder text, List<Integer> paragraphLines, List<int[]> ranges,
      List<Float> confs) {
    int[] s = new int[ranges.size()];
    int[] e = new int[ranges.size()];
    float[] c = new float[ranges.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = ranges.get(i)[0];
      e[i] = ranges.get(i)[1];
      c[i] = confs.get(i);
    }
    return new Reading(OcrNumbers.repair(text.toString()), List.copyOf(paragraphLines), s, e, c);
  }

  /** A temporary file for an image, removed by the caller. */
  static Path temp(String suffix) throws IOException {
    return Files.createTempFile("nqx-ocr-", suffix);
  }
}
