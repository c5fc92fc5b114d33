package io.nqx.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One document of the bundled corpus and its manifest row.
 *
 * @param collection {@code documents} (the annotated corpus) or {@code extra} (same genre, no gold)
 * @param file the file name, e.g. {@code 004_1d5efa02c9893db8.txt}
 * @param province the province that issued it, empty for central documents
 * @param docType e.g. {@code chuong_trinh}, {@code ke_hoach}
 * @param issuer the issuing body as written
 * @param status {@code issued} or {@code draft}
 */
public record CorpusDocument(String collection, String file, String province, String docType, String issuer,
    String status) {

  /** The document's short id: the part of the file name before the first underscore ("004"). */
  public String id() {
    int underscore = file.indexOf('_');
    return underscore > 0 ? file.substring(0, underscore) : file;
  }

  /** The file name without its extension. */
  public String baseName() {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  /** Where the document sits in the source tree, relative to the project root. */
  public String projectPath() {
    return "corpus/" + collection + "/" + file;
  }

  /** Opens the document's bytes from the classpath. */
  public InputStream open() {
    InputStream in = CorpusDocument.class.getResourceAsStream(collection + "/" + file);
    if (in == null) {
      throw new IllegalStateException("corpus document missing from the classpath: " + projectPath());
    }
    return in;
  }

  /** The document's bytes, exactly as published. */
  public byte[] bytes() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document decoded as UTF-8 (every corpus document is UTF-8). */
  public String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
