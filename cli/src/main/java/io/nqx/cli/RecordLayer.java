package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.document.FieldSet;
import io.nqx.document.Layer;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Target;
import java.util.List;

/**
 * A list of records that the extract output carries per document: its key in the JSON object, the layer
 * that holds the records, and their fields. The output's shape (JSON, CSV, schema) is written from the list
 * {@link #ALL}; a new kind of record is one entry there.
 *
 * @param key the JSON key ("targets")
 * @param layer the document layer holding the records
 * @param fields the registry of their output fields
 * @param <R> the record type
 */
record RecordLayer<R>(String key, Layer<List<R>> layer, FieldSet<R> fields) {
  static final RecordLayer<Target> TARGETS = new RecordLayer<>("targets", Target.LAYER, Target.FIELDS);

  /** The record lists of the extract output, in output order. */
  static final List<RecordLayer<?>> ALL = List.of(TARGETS);

  /** The fields of the {@code document} object. */
  static final FieldSet<DocumentInfo> DOCUMENT = DocumentInfo.FIELDS;

  /** The records of a document (none for a document that could not be read). */
  List<R> of(Doc doc) {
    return doc == null ? List.of() : doc.get(layer);
  }
}
