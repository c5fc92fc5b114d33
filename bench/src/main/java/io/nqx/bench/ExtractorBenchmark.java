package io.nqx.bench;

import io.nqx.corpus.Corpus;
import io.nqx.corpus.CorpusDocument;
import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Pipeline;
import io.nqx.facts.DocumentInfo;
import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import io.nqx.sections.OutlineStage;
import io.nqx.sentences.SentenceStage;
import io.nqx.sentences.Sentences;
import io.nqx.targets.Target;
import io.nqx.targets.TargetStage;
import io.nqx.targets.Taxonomy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The extractor's stages on each corpus .txt document held in memory: reading and normalizing the bytes,
 * finding the sections, cutting the sentences, extracting the targets from them, all of it together (what one
 * file of {@code extract -f json} costs a batch once the JVM is warm), and what {@code extract -f csv} runs
 * (no task stage). Time per document; run with {@code -prof gc} for
 * allocation per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractorBenchmark {
  @Param({"000", "001", "002", "004"})
  public String document;

  private byte[] bytes;
  private String file;
  private Ingestor ingestor;
  private Pipeline pipeline;
  private OutlineStage outline;
  private SentenceStage sentences;
  private TargetStage targets;
  private SourceText text;
  private Doc doc;
  private Doc withOutline;

  @Setup
  public void setUp() throws IngestException {
    CorpusDocument corpusDocument = Corpus.document(document);
    bytes = corpusDocument.bytes();
    file = corpusDocument.file();
    ingestor = Ingestor.create();
    pipeline = StandardPipeline.create();
    outline = new OutlineStage();
    sentences = new SentenceStage();
    targets = new TargetStage(Taxonomy.builtIn());
    text = ingestor.read(bytes, file);
    // The targets stage alone runs on a document that has everything it needs already.
    doc = pipeline.run(text, Set.copyOf(targets.needs()));
    withOutline = pipeline.run(text, Set.of(Outline.LAYER));
    // A benchmark of an extractor that finds nothing would measure nothing.
    if (targets.apply(doc).isEmpty()) {
      throw new IllegalStateException(file + ": no targets");
    }
  }

  @Benchmark
  public SourceText read() throws IngestException {
    return ingestor.read(bytes, file);
  }

  @Benchmark
  public Outline sections() {
    return outline.apply(Doc.of(text));
  }

  @Benchmark
  public Sentences sentences() {
    return sentences.apply(withOutline);
  }

  @Benchmark
  public List<Target> targets() {
    return targets.apply(doc);
  }

  @Benchmark
  public Doc all() throws IngestException {
    return pipeline.run(ingestor.read(bytes, file));
  }

  /** What {@code extract -f csv} runs per file: read, then the layers of the targets and the document object. */
  @Benchmark
  public Doc extractCsv() throws IngestException {
    return pipeline.run(ingestor.read(bytes, file), CSV_LAYERS);
  }

  private static final Set<Layer<?>> CSV_LAYERS = Set.of(Target.LAYER, DocumentInfo.LAYER);
}
