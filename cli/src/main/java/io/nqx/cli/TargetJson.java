package io.nqx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.targets.DocumentInfo;
import io.nqx.targets.Target;
import java.util.List;

/**
 * The extract output as JSON: one object per input file, {@code {"source", "document", "targets", "errors"}},
 * fields in a fixed order so that outputs diff cleanly.
 */
final class TargetJson {
  private TargetJson() {}

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

  /** The fields of a target, in output order (also the target columns of the CSV). */
  static final List<String> TARGET_FIELDS = List.of("indicator", "indicator_text", "comparator", "value", "value_max",
      "unit", "unit_text", "year", "interval", "section", "section_kind", "value_text", "sentence", "line", "start",
      "end");

  /** The fields of the document object. */
  static final List<String> DOCUMENT_FIELDS = List.of("province", "doc_type", "number", "date", "place", "issuer",
      "title", "media_type", "encoding");

  static ObjectNode document(String source, DocumentInfo info, List<Target> targets, List<String> errors) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("source", source);
    if (info == null) {
      doc.putNull("document");
    } else {
      ObjectNode d = doc.putObject("document");
      d.put("province", info.province());
      d.put("doc_type", info.docType());
      d.put("number", info.number());
      d.put("date", info.date());
      d.put("place", info.place());
      d.put("issuer", info.issuer());
      d.put("title", info.title());
      d.put("media_type", info.mediaType());
      d.put("encoding", info.encoding());
    }
    ArrayNode list = doc.putArray("targets");
    targets.forEach(t -> list.add(target(t)));
    ArrayNode errs = doc.putArray("errors");
    errors.forEach(errs::add);
    return doc;
  }

  static ObjectNode target(Target t) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("indicator", t.indicator());
    o.put("indicator_text", t.indicatorText());
    o.put("comparator", t.comparator().id());
    o.put("value", t.value());
    o.put("value_max", t.valueMax());
    o.put("unit", t.unit());
    o.put("unit_text", t.unitText());
    o.put("year", t.year());
    o.put("interval", t.interval());
    o.put("section", t.section());
    o.put("section_kind", t.sectionKind().id());
    o.put("value_text", t.valueText());
    o.put("sentence", t.sentence());
    o.put("line", t.line());
    o.put("start", t.start());
    o.put("end", t.end());
    return o;
  }
}
