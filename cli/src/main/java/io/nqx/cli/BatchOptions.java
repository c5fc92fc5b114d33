package io.nqx.cli;

import io.nqx.ingest.OcrMode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How a batch runs: parallelism, time limit, progress, which files of a directory (mixed in). */
final class BatchOptions {
  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files read in parallel (default: the number of cores). Output order does not depend on it.")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a file after this many seconds (default: ${DEFAULT-VALUE}); each page read by OCR "
          + "adds --ocr-page-timeout to it.")
  int timeoutSeconds;

  @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto", converter = OcrModeConverter.class,
      description = "Read by OCR (Tesseract, Vietnamese model): auto (images, and PDF pages without a text layer; "
          + "default), always (every PDF page too), never.")
  OcrMode ocr;

  @Option(names = "--ocr-page-timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "The time each page read by OCR may take, on top of --timeout (default: ${DEFAULT-VALUE}).")
  long ocrPageTimeout;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "100M", converter = SizeConverter.class,
      description = "Refuse files larger than SIZE (bytes, or with K, M, G; default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "In directories, read only files whose name or relative path matches (repeatable; default: "
          + "the supported extensions).")
  List<String> include;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "In directories, skip files whose name or relative path matches (repeatable).")
  List<String> exclude;

  /** Reads "auto", "always", "never" in any case. */
  static final class OcrModeConverter implements CommandLine.ITypeConverter<OcrMode> {
    @Override
    public OcrMode convert(String value) {
      try {
        return OcrMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("not auto, always or never: '" + value + "'");
      }
    }
  }

  /** Reads "100M", "512K", "2G" or a plain byte count. */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(?i)(\\d+)\\s*([KMG]?)B?");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip());
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("not a size: '" + value + "' (try 100M)");
      }
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2).toUpperCase(Locale.ROOT)) {
        case "K" -> n * 1024;
        case "M" -> n * 1024 * 1024;
        case "G" -> n * 1024 * 1024 * 1024;
        default -> n;
      };
    }
  }

  int jobs() {
    return jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }
}
