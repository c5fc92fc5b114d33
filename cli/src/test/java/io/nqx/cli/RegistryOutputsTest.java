package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema, the CSV header and the JSON keys all come from the field registries, and agree. */
class RegistryOutputsTest {
  @TempDir
  Path dir;

  private static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private JsonNode extractOnePlan() throws Exception {
    Path plan = Files.writeString(dir.resolve("plan.md"), "KẾ HOẠCH\n\nII. MỤC TIÊU\n\nTỷ lệ tiêm chủng đạt 95%.\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.nqx("extract", plan.toString());
    assertThat(run.code()).isZero();
    return DocumentJson.mapper().readTree(run.out()).get(0);
  }

  @Test
  void theJsonKeysAreTheRegistrysFieldsInOrder() throws Exception {
    JsonNode doc = extractOnePlan();
    assertThat(keys(doc)).containsExactly("source", "document", "targets", "tasks", "errors");
    assertThat(keys(doc.get("document"))).isEqualTo(DocumentInfo.FIELDS.names());
    assertThat(keys(doc.get("targets").get(0))).isEqualTo(Target.FIELDS.names())
        .startsWith("indicator", "indicator_text", "comparator", "value", "value_max", "unit")
        .endsWith("end", "kind", "evidence", "lead_agency", "co_agencies", "table", "ocr", "confidence");
  }

  @Test
  void theSchemaDescribesExactlyTheRegistrysFields() throws Exception {
    ObjectNode schema = ExtractSchema.build();
    JsonNode envelope = schema.at("/$defs/document");
    assertThat(keys(envelope.get("properties"))).containsExactly("source", "document", "targets", "tasks", "errors");
    assertThat(envelope.get("required")).extracting(JsonNode::asText)
        .containsExactly("source", "document", "targets", "tasks", "errors");
    JsonNode target = schema.at("/$defs/target");
    assertThat(keys(target.get("properties"))).isEqualTo(Target.FIELDS.names());
    assertThat(target.get("required")).extracting(JsonNode::asText).isEqualTo(Target.FIELDS.names());
    JsonNode task = schema.at("/$defs/task");
    assertThat(keys(task.get("properties"))).isEqualTo(io.nqx.tasks.Task.FIELDS.names());
    assertThat(task.at("/properties/role/enum")).extracting(JsonNode::asText).containsExactly("lead", "shared");
    assertThat(task.at("/properties/table/oneOf/1/$ref").asText()).isEqualTo("#/$defs/table_cell");
    JsonNode document = envelope.at("/properties/document/oneOf/1");
    assertThat(keys(document.get("properties"))).isEqualTo(DocumentInfo.FIELDS.names());
    // Types follow the registry: a nullable number, an integer, an enum of ids.
    assertThat(target.at("/properties/value_max/type")).extracting(JsonNode::asText).containsExactly("number", "null");
    assertThat(target.at("/properties/line/type").asText()).isEqualTo("integer");
    assertThat(target.at("/properties/comparator/enum")).extracting(JsonNode::asText)
        .containsExactly("eq", "lt", "le", "gt", "ge", "approx", "range");
    assertThat(target.at("/if/properties/comparator/const").asText()).isEqualTo("range");
  }

  @Test
  void theCsvHeaderIsTheSourceThenTheDocumentThenTheTargetColumns() throws Exception {
    List<String> expected = new ArrayList<>(List.of("source"));
    expected.addAll(DocumentInfo.FIELDS.csvNames());
    expected.addAll(Target.FIELDS.csvNames());
    assertThat(ExtractCommand.csvColumns()).isEqualTo(expected).contains("document_title").doesNotContain("title");
    Path plan = Files.writeString(dir.resolve("plan.md"), "KẾ HOẠCH\n\nII. MỤC TIÊU\n\nTỷ lệ tiêm chủng đạt 95%.\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.nqx("extract", "-f", "csv", plan.toString());
    assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", expected));
  }

  @Test
  void theTidyMatrixTakesItsColumnsFromTheTargetRegistry() {
    assertThat(MatrixCommand.LONG_FIELDS.names())
        .containsExactly("document", "indicator", "comparator", "value", "value_max", "unit", "year");
    assertThat(MatrixCommand.LONG_FIELDS.field("value").type()).isEqualTo(Target.FIELDS.field("value").type());
  }
}
