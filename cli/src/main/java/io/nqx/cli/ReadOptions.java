package io.nqx.cli;

import io.nqx.ingest.Ingestor;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command that reads documents takes (text, sections, eval, extract, tasks, cites, check, matrix): the
 * inputs, the batch options (OCR among them) and --debug; and the one way they run (mixed in).
 */
final class ReadOptions {
  @Mixin
  GlobalOptions global;

  @Mixin
  BatchOptions batch;

  @Mixin
  InputFiles files;

  /** The documents to read; a usage error when directories hold none. */
  List<Inputs.Input> inputs(CommandLine cli) {
    return files.resolve(cli, orEmpty(batch.include), orEmpty(batch.exclude));
  }

  /** An ingestor with the batch's limits. */
  Ingestor ingestor() {
    return Ingestor.builder().maxBytes(batch.maxBytes).ocr(batch.ocr).ocrPageTimeout(batch.ocrPageTimeout).build();
  }

  /**
   * Runs {@code task} on every input in parallel and hands each outcome to the sink in input order; failures
   * go to the command's stderr.
   */
  <T, E extends Exception> Runner.Counts run(CommandLine cli, Batch.Task<T> task, Batch.Sink<T, E> sink)
      throws InterruptedException, E {
    return Runner.run(inputs(cli), batch, cli.getErr(), global.debug, task, sink);
  }

  private static List<String> orEmpty(List<String> globs) {
    return globs == null ? List.of() : globs;
  }
}
