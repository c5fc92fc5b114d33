package io.nqx.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled corpus, listed from its manifests (no classpath scanning): the annotated documents under
 * {@code corpus/documents/}, the extra same-genre documents under {@code corpus/extra/}, and the crawled files
 * of every kind under {@code corpus/mixed/}.
 */
public final class Corpus {
  private Corpus() {}

  /** The annotated corpus documents, in manifest order. */
  public static List<CorpusDocument> documents() {
    return load("documents");
  }

  /** The extra same-genre documents (no gold annotations), in manifest order. */
  public static List<CorpusDocument> extra() {
    return load("extra");
  }

  /**
   * Seventeen files picked at random from a crawl of Vietnamese public texts (decisions, Q&A pages, an
   * encyclopedia article, plans), with gold under fixtures/gold/extra: most commit to nothing.
   */
  public static List<CorpusDocument> mixed() {
    return load("mixed");
  }

  /** The annotated document whose id (file-name prefix) is {@code id}, e.g. "004". */
  public static CorpusDocument document(String id) {
    return documents().stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no corpus document " + id));
  }

  private static List<CorpusDocument> load(String collection) {
    String manifest = collection + "/manifest.csv";
    try (InputStream in = Corpus.class.getResourceAsStream(manifest)) {
      if (in == null) {
        throw new IllegalStateException("corpus manifest missing from the classpath: " + manifest);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      List<CorpusDocument> docs = new ArrayList<>();
      for (CSVRecord row : format.parse(reader)) {
        docs.add(new CorpusDocument(collection, row.get("file"), row.get("province"), row.get("doc_type"),
            row.get("issuer"), row.get("status")));
      }
      return List.copyOf(docs);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
