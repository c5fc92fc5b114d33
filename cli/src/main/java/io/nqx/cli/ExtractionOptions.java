package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.targets.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/**
 * What every command that runs the whole pipeline takes (extract, tasks, check, matrix, eval): how documents
 * are read, the taxonomy and the agency dictionary (mixed in).
 */
final class ExtractionOptions {
  @Mixin
  ReadOptions read;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  AgenciesOption agencies;

  /** The standard pipeline with this command line's settings. */
  Pipeline pipeline(CommandLine cli) {
    return pipeline(cli, taxonomy.load(cli));
  }

  Pipeline pipeline(CommandLine cli, Taxonomy tax) {
    return StandardPipeline.builder().taxonomy(tax).agencies(agencies.load(cli)).build();
  }

  /** Reads every input and runs the pipeline on it, handing each outcome to the sink in input order. */
  <E extends Exception> Runner.Counts stream(CommandLine cli, Batch.Sink<Doc, E> sink)
      throws InterruptedException, E {
    return stream(cli, pipeline(cli), sink);
  }

  <E extends Exception> Runner.Counts stream(CommandLine cli, Pipeline pipeline, Batch.Sink<Doc, E> sink)
      throws InterruptedException, E {
    Ingestor ingestor = read.ingestor();
    return read.run(cli, input -> pipeline.run(input.read(ingestor)), sink);
  }

  /** Every outcome, in input order (for the commands that need the whole batch at once). */
  List<Batch.Outcome<Doc>> collect(CommandLine cli, Pipeline pipeline) throws InterruptedException {
    List<Batch.Outcome<Doc>> outcomes = new ArrayList<>();
    stream(cli, pipeline, outcomes::add);
    return outcomes;
  }
}
