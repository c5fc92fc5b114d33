package io.nqx.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** How a batch runs: parallelism, time limit, progress, which files of a directory (mixed in). */
final class BatchOptions {
  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files read in parallel (default: the number of cores). Output order does not depend on it.")
  Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Give up on a file after this many seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Option(names = "--include", paramLabel = "GLOB",
      description = "In directories, read only files whose name or relative path matches (repeatable; default: "
          + "the supported extensions).")
  List<String> include;

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "In directories, skip files whose name or relative path matches (repeatable).")
  List<String> exclude;

  int jobs() {
    return jobs != null && jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
  }
}
