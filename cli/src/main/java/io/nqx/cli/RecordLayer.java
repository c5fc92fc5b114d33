package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.document.FieldSet;
import io.nqx.document.Layer;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Kind;
import io.nqx.targets.Target;
import io.nqx.tasks.Task;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A list of records that the extract output carries per document: its key in the JSON object, the layer
 * that holds the records, and their fields. The output's shape (JSON, CSV, schema) is written from the list
 * {@link #ALL}; a new kind of record is one entry there.
 *
 * @param key the JSON key ("targets")
 * @param layer the document layer holding the records
 * @param fields the registry of their output fields
 * @param kind the kind of a record, for records a user chooses by kind (--kinds); null for the others
 * @param <R> the record type
 */
record RecordLayer<R>(String key, Layer<List<R>> layer, FieldSet<R> fields, Function<R, Kind> kind) {
  static final RecordLayer<Target> TARGETS = new RecordLayer<>("targets", Target.LAYER, Target.FIELDS, Target::kind);

  static final RecordLayer<Task> TASKS = new RecordLayer<>("tasks", Task.LAYER, Task.FIELDS, null);

  /** The record lists of the extract output, in output order. */
  static final List<RecordLayer<?>> ALL = List.of(TARGETS, TASKS);

  /** The fields of the {@code document} object. */
  static final FieldSet<DocumentInfo> DOCUMENT = DocumentInfo.FIELDS;

  /** The records of a document of the chosen kinds (none for a document that could not be read). */
  List<R> of(Doc doc, Set<Kind> kinds) {
    if (doc == null) {
      return List.of();
    }
    List<R> all = doc.get(layer);
    return kind == null ? all : all.stream().filter(r -> kinds.contains(kind.apply(r))).toList();
  }
}
