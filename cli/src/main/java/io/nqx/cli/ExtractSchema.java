package io.nqx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.document.FieldType;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of the extract output, written from the field registries: the document
 * envelope here, every record type's properties from its {@link FieldSet}.
 */
final class ExtractSchema {
  private ExtractSchema() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  static ObjectNode build() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://github.com/nqx/nqx/schemas/extract.schema.json");
    root.put("title", "nqx extract output");
    root.put("description", "The output of `nqx extract -f json`: one object per input file. `-f jsonl` writes "
        + "the same objects, one per line.");
    root.put("type", "array");
    root.putObject("items").put("$ref", "#/$defs/document");
    ObjectNode defs = root.putObject("$defs");
    defs.set("document", envelope(defs));
    return root;
  }

  private static ObjectNode envelope(ObjectNode defs) {
    ObjectNode doc = JSON.objectNode();
    doc.put("type", "object");
    ArrayNode required = doc.putArray("required");
    doc.put("additionalProperties", false);
    ObjectNode props = doc.putObject("properties");
    required.add("source");
    props.putObject("source").put("type", "string")
        .put("description", "The input as named on the command line, or '-' for standard input.");
    required.add("document");
    ObjectNode document = props.putObject("document");
    document.put("description", "What the document says about itself; null when the file could not be read.");
    ArrayNode oneOf = document.putArray("oneOf");
    oneOf.addObject().put("type", "null");
    oneOf.add(object(RecordLayer.DOCUMENT, defs));
    for (RecordLayer<?> records : RecordLayer.ALL) {
      required.add(records.key());
      ObjectNode list = props.putObject(records.key());
      list.put("type", "array");
      list.putObject("items").put("$ref", "#/$defs/" + records.fields().name());
      defs.set(records.fields().name(), object(records.fields(), defs));
    }
    required.add("errors");
    ObjectNode errors = props.putObject("errors");
    errors.put("type", "array");
    errors.putObject("items").put("type", "string");
    errors.put("description", "Why the file could not be read.");
    return doc;
  }

  /** A record type as a closed object with every field required (the key is always written). */
  static ObjectNode object(FieldSet<?> fields, ObjectNode defs) {
    ObjectNode o = JSON.objectNode();
    o.put("type", "object");
    ArrayNode required = o.putArray("required");
    fields.names().forEach(required::add);
    o.put("additionalProperties", false);
    ObjectNode props = o.putObject("properties");
    for (Field<?> f : fields.fields()) {
      props.set(f.name(), property(f, defs));
    }
    for (Map.Entry<String, Object> e : fields.schema().entrySet()) {
      o.set(e.getKey(), DocumentJson.mapper().valueToTree(e.getValue()));
    }
    return o;
  }

  private static ObjectNode property(Field<?> f, ObjectNode defs) {
    ObjectNode p = JSON.objectNode();
    if (f.type() == FieldType.RECORD) {
      String name = f.nested().name();
      if (!defs.has(name)) {
        defs.set(name, object(f.nested(), defs));
      }
      if (f.nullAllowed()) {
        ArrayNode oneOf = p.putArray("oneOf");
        oneOf.addObject().put("type", "null");
        oneOf.addObject().put("$ref", "#/$defs/" + name);
      } else {
        p.put("$ref", "#/$defs/" + name);
      }
    } else if (f.type() == FieldType.RECORDS) {
      String name = f.nested().name();
      if (!defs.has(name)) {
        defs.set(name, object(f.nested(), defs));
      }
      p.put("type", "array");
      p.putObject("items").put("$ref", "#/$defs/" + name);
    } else if (f.nullAllowed()) {
      p.putArray("type").add(f.type().jsonType()).add("null");
    } else {
      p.put("type", f.type().jsonType());
    }
    if (f.type() == FieldType.STRINGS) {
      p.putObject("items").put("type", "string");
    }
    if (!f.description().isEmpty()) {
      p.put("description", f.description());
    }
    for (Map.Entry<String, Object> e : f.schema().entrySet()) {
      p.set(e.getKey(), DocumentJson.mapper().valueToTree(e.getValue()));
    }
    return p;
  }
}
