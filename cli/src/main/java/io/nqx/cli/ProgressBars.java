package io.nqx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (files done of total, rate, ETA) when a person is watching, else nothing. */
final class ProgressBars {
  private ProgressBars() {}

  /** A bar for {@code total} files, or null when stderr is no terminal, there is one file, or --quiet. */
  static ProgressBar open(int total, boolean quiet) {
    if (quiet || total < 2 || !stderrIsTerminal()) {
      return null;
    }
    return new ProgressBarBuilder()
        .setTaskName("nqx")
        .setInitialMax(total)
        .setUnit(" files", 1)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed()
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  /** Whether file descriptor 2 is a terminal (Linux: /proc/self/fd/2 points at a tty). */
  static boolean stderrIsTerminal() {
    if (System.getenv("CI") != null) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
