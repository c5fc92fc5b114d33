package io.nqx.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.targets.ExtractedDocument;
import io.nqx.targets.TargetExtractor;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;

/**
 * Extracts a batch of documents in parallel for the commands that need targets (extract, check, matrix):
 * one outcome per input, in input order; each failure reported on stderr as {@code nqx: FILE: reason}.
 */
final class Extraction {
  private Extraction() {}

  /** How many inputs were read and how many failed. */
  record Counts(int read, int failed) {
    int exitCode() {
      return ExitCodes.forBatch(read, failed);
    }
  }

  /**
   * Hands each outcome to the sink in input order while the batch runs; the failures are reported once the
   * progress bar is gone, so the two never share a line.
   */
  static <E extends Exception> Counts stream(List<Inputs.Input> inputs, TargetExtractor extractor,
      BatchOptions options, PrintWriter err, boolean debug, Batch.Sink<ExtractedDocument, E> sink)
      throws InterruptedException, E {
    Ingestor ingestor = Ingestor.withMaxBytes(options.maxBytes);
    List<Batch.Outcome<ExtractedDocument>> failures = new ArrayList<>();
    try (ProgressBar bar = ProgressBars.open(inputs.size(), options.quiet)) {
      Batch.stream(inputs, options.jobs(), options.timeoutSeconds, input -> {
        SourceText text = input.isStdin()
            ? ingestor.read(Inputs.stdinStream(), input.name())
            : ingestor.read(input.path());
        return ExtractedDocument.of(text, extractor);
      }, () -> {
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
    for (Batch.Outcome<ExtractedDocument> o : failures) {
      Failures.reportFile(err, o.input().name(), o.error(), o.cause(), debug);
    }
    return new Counts(inputs.size() - failures.size(), failures.size());
  }

  /** The extract output objects of a batch: a failed file keeps its place with its reason under errors. */
  static List<ObjectNode> toJson(List<Batch.Outcome<ExtractedDocument>> outcomes) {
    return outcomes.stream().map(Extraction::toJson).toList();
  }

  /** The extract output object of one input. */
  static ObjectNode toJson(Batch.Outcome<ExtractedDocument> o) {
    return o.failed()
        ? TargetJson.document(o.input().name(), null, List.of(), List.of(o.error()))
        : TargetJson.document(o.input().name(), o.result().info(), o.result().targets(), List.of());
  }

  /** 0 when all were read, 2 when none was, 1 otherwise. */
  static int exitCode(List<? extends Batch.Outcome<?>> outcomes) {
    int failed = (int) outcomes.stream().filter(Batch.Outcome::failed).count();
    return ExitCodes.forBatch(outcomes.size() - failed, failed);
  }
}
