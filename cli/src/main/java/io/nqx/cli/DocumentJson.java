package io.nqx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Doc;
import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Kind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The extract output as JSON: one object per input file, {@code {"source", "document", "targets", ...,
 * "errors"}}, each record written field by field from its registry, so that outputs diff cleanly and agree
 * with the schema.
 */
final class DocumentJson {
  private DocumentJson() {}

  /** Built on first use: an ObjectMapper takes a fifth of a second to build, and CSV output needs none. */
  private static final class Mappers {
    static final ObjectMapper PLAIN = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    static final ObjectMapper PRETTY = PLAIN.copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The mapper for one-line JSON. */
  static ObjectMapper mapper() {
    return Mappers.PLAIN;
  }

  /** The mapper for indented JSON. */
  static ObjectMapper pretty() {
    return Mappers.PRETTY;
  }

  /** The output object of one input: its document and records, or null and the reason it failed. */
  static ObjectNode of(Batch.Outcome<Doc> outcome, Set<Kind> kinds) {
    return outcome.failed()
        ? document(outcome.input().name(), null, List.of(outcome.error()), kinds)
        : document(outcome.input().name(), outcome.result(), List.of(), kinds);
  }

  static ObjectNode document(String source, Doc doc, List<String> errors, Set<Kind> kinds) {
    return document(source, doc, errors, kinds, RecordLayer.ALL);
  }

  /** The output object of one input with the record lists of a command ({@code nqx tasks}: tasks only). */
  static ObjectNode of(Batch.Outcome<Doc> outcome, Set<Kind> kinds, List<RecordLayer<?>> layers) {
    return outcome.failed()
        ? document(outcome.input().name(), null, List.of(outcome.error()), kinds, layers)
        : document(outcome.input().name(), outcome.result(), List.of(), kinds, layers);
  }

  static ObjectNode document(String source, Doc doc, List<String> errors, Set<Kind> kinds,
      List<RecordLayer<?>> layers) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("source", source);
    if (doc == null) {
      out.putNull("document");
    } else {
      out.set("document", record(RecordLayer.DOCUMENT, doc.get(DocumentInfo.LAYER)));
    }
    for (RecordLayer<?> records : layers) {
      out.set(records.key(), array(records, doc, kinds));
    }
    ArrayNode errs = out.putArray("errors");
    errors.forEach(errs::add);
    return out;
  }

  private static <R> ArrayNode array(RecordLayer<R> records, Doc doc, Set<Kind> kinds) {
    return array(records.fields(), records.of(doc, kinds));
  }

  /** The records as an array of objects. */
  static <R> ArrayNode array(FieldSet<R> fields, List<? extends R> records) {
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    records.forEach(r -> list.add(record(fields, r)));
    return list;
  }

  /** One record as an object, its fields in registry order. */
  static <R> ObjectNode record(FieldSet<R> fields, R record) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (Field<R> f : fields.fields()) {
      put(o, f, f.valueOf(record));
    }
    return o;
  }

  @SuppressWarnings("unchecked")
  private static void put(ObjectNode o, Field<?> f, Object value) {
    String name = f.name();
    if (value == null) {
      o.putNull(name);
      return;
    }
    switch (f.type()) {
      case STRING -> o.put(name, (String) value);
      case NUMBER -> o.put(name, (BigDecimal) value);
      case INTEGER -> o.put(name, (Integer) value);
      case BOOLEAN -> o.put(name, (Boolean) value);
      case STRINGS -> {
        ArrayNode list = o.putArray(name);
        ((List<String>) value).forEach(list::add);
      }
      case RECORD -> o.set(name, record((FieldSet<Object>) f.nested(), value));
      case RECORDS -> o.set(name, array((FieldSet<Object>) f.nested(), (List<Object>) value));
    }
  }
}
