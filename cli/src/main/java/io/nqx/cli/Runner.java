package io.nqx.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/**
 * How every command that reads documents runs them: in parallel under the batch options, one outcome per
 * input handed over in input order, a progress bar when a person watches, and each failure reported on stderr
 * as {@code nqx: FILE: reason} once the bar is gone, so the two never share a line.
 */
final class Runner {
  private Runner() {}

  /** How many inputs were read and how many failed. */
  record Counts(int read, int failed) {
    int exitCode() {
      return ExitCodes.forBatch(read, failed);
    }
  }

  static <T, E extends Exception> Counts run(List<Inputs.Input> inputs, BatchOptions options, PrintWriter err,
      boolean debug, Batch.Task<T> task, Batch.Sink<T, E> sink) throws InterruptedException, E {
    List<Batch.Outcome<T>> failures = new ArrayList<>();
    try (ProgressBar bar = ProgressBars.open(inputs.size(), options.quiet)) {
      Batch.stream(inputs, options.jobs(), options.timeoutSeconds, options.ocrPageTimeout, task, () -> {
        if (bar != null) {
          bar.step();
        }
      }, outcome -> {
        if (outcome.failed()) {
          failures.add(outcome);
        }
        sink.accept(outcome);
      });
    }
    for (Batch.Outcome<T> o : failures) {
      Failures.reportFile(err, o.input().name(), o.error(), o.cause(), debug);
    }
    return new Counts(inputs.size() - failures.size(), failures.size());
  }
}
