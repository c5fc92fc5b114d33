package io.nqx.bench;

import io.nqx.corpus.Corpus;
import io.nqx.corpus.CorpusDocument;
import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import io.nqx.sections.SectionParser;
import io.nqx.targets.ExtractedDocument;
import io.nqx.targets.Target;
import io.nqx.targets.TargetExtractor;
import io.nqx.targets.Taxonomy;
import java.util.List;
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
 * finding the sections, extracting the targets, and all of it together (what one file costs a batch once
 * the JVM is warm). Time per document; run with {@code -prof gc} for allocation per document.
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
  private TargetExtractor extractor;
  private SourceText text;
  private Outline outline;

  @Setup
  public void setUp() throws IngestException {
    CorpusDocument doc = Corpus.document(document);
    bytes = doc.bytes();
    file = doc.file();
    ingestor = Ingestor.create();
    extractor = new TargetExtractor(Taxonomy.builtIn());
    text = ingestor.read(bytes, file);
    outline = SectionParser.parse(text);
    // A benchmark of an extractor that finds nothing would measure nothing.
    if (extractor.extract(text, outline).isEmpty()) {
      throw new IllegalStateException(file + ": no targets");
    }
  }

  @Benchmark
  public SourceText read() throws IngestException {
    return ingestor.read(bytes, file);
  }

  @Benchmark
  public Outline sections() {
    return SectionParser.parse(text);
  }

  @Benchmark
  public List<Target> targets() {
    return extractor.extract(text, outline);
  }

  @Benchmark
  public ExtractedDocument all() throws IngestException {
    return ExtractedDocument.of(ingestor.read(bytes, file), extractor);
  }
}
