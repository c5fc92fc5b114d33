package io.nqx.cli;

import io.nqx.targets.ExtractedDocument;
import io.nqx.targets.TargetExtractor;
import io.nqx.targets.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command that extracts targets takes (extract, check, matrix): the inputs, the batch options,
 * the taxonomy, --debug; and the one way they run (mixed in).
 */
final class ExtractionOptions {
  @Mixin
  GlobalOptions global;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  BatchOptions batch;

  @Mixin
  InputFiles files;

  /** Reads and extracts every input in parallel; failures are reported on the command's stderr. */
  List<Batch.Outcome<ExtractedDocument>> run(CommandLine cli) throws InterruptedException {
    return run(cli, taxonomy.load(cli));
  }

  List<Batch.Outcome<ExtractedDocument>> run(CommandLine cli, Taxonomy tax) throws InterruptedException {
    List<Batch.Outcome<ExtractedDocument>> outcomes = new ArrayList<>();
    stream(cli, tax, outcomes::add);
    return outcomes;
  }

  /** Reads and extracts every input in parallel, handing each outcome to the sink in input order. */
  <E extends Exception> Extraction.Counts stream(CommandLine cli, Batch.Sink<ExtractedDocument, E> sink)
      throws InterruptedException, E {
    return stream(cli, taxonomy.load(cli), sink);
  }

  private <E extends Exception> Extraction.Counts stream(CommandLine cli, Taxonomy tax,
      Batch.Sink<ExtractedDocument, E> sink) throws InterruptedException, E {
    List<Inputs.Input> inputs = files.resolve(cli, globs(batch.include), globs(batch.exclude));
    return Extraction.stream(inputs, new TargetExtractor(tax), batch, cli.getErr(), global.debug, sink);
  }

  private static List<String> globs(List<String> globs) {
    return globs == null ? List.of() : globs;
  }
}
