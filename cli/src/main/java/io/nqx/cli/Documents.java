package io.nqx.cli;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the documents a command was given, one by one: each failure is one line on stderr and an entry in
 * {@link #failures()}, and the others go on.
 */
final class Documents {
  /** A document that could not be read, and why. */
  record Failure(String source, String reason) {}

  /** What a command does with each document it could read, and with each it could not. */
  interface Handler {
    void handle(Inputs.Input input, SourceText text) throws Exception;

    default void failed(Inputs.Input input, Failure failure) {}
  }

  private final PrintWriter err;
  private final boolean debug;
  private final List<Failure> failures = new ArrayList<>();
  private int succeeded;

  Documents(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** Reads every input with {@code ingestor} and hands each text to {@code handler}. */
  void forEach(List<Inputs.Input> inputs, Ingestor ingestor, Handler handler) throws Exception {
    for (Inputs.Input input : inputs) {
      SourceText text;
      try {
        text = input.isStdin() ? ingestor.read(Inputs.stdinStream(), input.name()) : ingestor.read(input.path());
      } catch (IngestException e) {
        handler.failed(input, fail(e.source(), e.getMessage(), e));
        continue;
      }
      handler.handle(input, text);
      succeeded++;
    }
  }

  /** Counts a document read outside {@link #forEach}. */
  void succeeded() {
    succeeded++;
  }

  Failure fail(String source, String reason, Throwable cause) {
    Failure failure = new Failure(source, reason);
    failures.add(failure);
    Failures.reportFile(err, source, reason, cause, debug);
    return failure;
  }

  List<Failure> failures() {
    return failures;
  }

  /** The exit code for what happened so far (see {@link ExitCodes#forBatch}). */
  int exitCode() {
    return ExitCodes.forBatch(succeeded, failures.size());
  }
}
