package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.facts.DocumentInfo;
import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.targets.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * Reads every input and runs the pipeline on it as far as an output of the record lists {@code records}
   * needs (CSV targets need no tasks: 23-60% of a document's time, by JFR), handing each outcome to the sink
   * in input order.
   */
  <E extends Exception> Runner.Counts stream(CommandLine cli, List<RecordLayer<?>> records, Batch.Sink<Doc, E> sink)
      throws InterruptedException, E {
    return stream(cli, pipeline(cli), records, sink);
  }

  <E extends Exception> Runner.Counts stream(CommandLine cli, Pipeline pipeline, List<RecordLayer<?>> records,
      Batch.Sink<Doc, E> sink) throws InterruptedException, E {
    Ingestor ingestor = read.ingestor();
    Set<Layer<?>> wanted = layers(records);
    return read.run(cli, input -> pipeline.run(input.read(ingestor), wanted), sink);
  }

  /** Every outcome, in input order (for the commands that need the whole batch at once). */
  List<Batch.Outcome<Doc>> collect(CommandLine cli, Pipeline pipeline, List<RecordLayer<?>> records)
      throws InterruptedException {
    List<Batch.Outcome<Doc>> outcomes = new ArrayList<>();
    stream(cli, pipeline, records, outcomes::add);
    return outcomes;
  }

  /** The layers an output of these record lists reads: the document object's, and each list's records. */
  static Set<Layer<?>> layers(List<RecordLayer<?>> records) {
    Set<Layer<?>> wanted = new LinkedHashSet<>();
    wanted.add(DocumentInfo.LAYER);
    records.forEach(r -> wanted.add(r.layer()));
    return wanted;
  }
}
