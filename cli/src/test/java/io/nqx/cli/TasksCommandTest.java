package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nqx tasks, eval --tasks and matrix --tasks on documents written for the test. */
class TasksCommandTest {
  private static final String PLAN = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\n\nSố: 7/KH-UBND\n\nAn Bình, ngày 2 tháng 1 năm 2025\n\n"
      + "KẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
      + "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch thực hiện, hoàn thành trong Quý II/2025.\n\n"
      + "2. UBND các huyện, thị xã, thành phố định kỳ hằng quý báo cáo kết quả về Sở Y tế.\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void tasksAsJsonThroughTheRegistryAndOneErrorLinePerBadFile() throws Exception {
    Path plan = write("p1_plan.md", PLAN);
    Path broken = write("p2_broken.pdf", "%PDF-1.7 not really");
    CliRun run = CliRun.nqx("tasks", plan.toString(), broken.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("nqx: " + broken + ": ").hasLineCount(1);
    JsonNode docs = DocumentJson.mapper().readTree(run.out());
    assertThat(docs).hasSize(2);
    List<String> keys = new ArrayList<>();
    docs.get(0).fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("source", "document", "tasks", "errors");
    JsonNode first = docs.get(0).get("tasks").get(0);
    List<String> fields = new ArrayList<>();
    first.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).isEqualTo(io.nqx.tasks.Task.FIELDS.names());
    assertThat(first.get("agency").asText()).isEqualTo("Sở Y tế");
    assertThat(first.get("agency_code").asText()).isEqualTo("so_y_te");
    assertThat(first.get("role").asText()).isEqualTo("lead");
    assertThat(first.get("co_agencies")).extracting(JsonNode::asText).containsExactly("Sở Tài chính");
    assertThat(first.get("co_agency_codes")).extracting(JsonNode::asText).containsExactly("so_tai_chinh");
    assertThat(first.get("deadline").asText()).isEqualTo("2025-Q2");
    assertThat(first.get("deliverable").asText()).isEqualTo("ke_hoach");
    assertThat(first.get("line").asInt()).isEqualTo(11);
    JsonNode second = docs.get(0).get("tasks").get(1);
    assertThat(second.get("agency_code").asText()).isEqualTo("ubnd_cap_huyen");
    assertThat(second.get("deadline").asText()).isEqualTo("quarterly");
    assertThat(second.get("deliverable").asText()).isEqualTo("bao_cao");
    assertThat(docs.get(1).get("document").isNull()).isTrue();
    assertThat(docs.get(1).get("tasks")).isEmpty();
  }

  @Test
  void tasksAsCsvWithTheDocumentColumnsFirst() throws Exception {
    Path plan = write("p1_plan.md", PLAN);
    CliRun run = CliRun.nqx("tasks", "-f", "csv", plan.toString());
    assertThat(run.code()).isZero();
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(TasksCommand.csvColumns());
    assertThat(rows.get(0).get("doc_type")).isEqualTo("ke_hoach");
    assertThat(rows.get(0).get("co_agencies")).isEqualTo("Sở Tài chính");
    assertThat(rows.get(1).get("agency")).isEqualTo("UBND các huyện, thị xã, thành phố");
  }

  @Test
  void extractCarriesTheSameTasks() throws Exception {
    Path plan = write("p1_plan.md", PLAN);
    JsonNode extracted = DocumentJson.mapper().readTree(CliRun.nqx("extract", plan.toString()).out()).get(0);
    JsonNode tasks = DocumentJson.mapper().readTree(CliRun.nqx("tasks", plan.toString()).out()).get(0);
    assertThat(extracted.get("tasks")).isEqualTo(tasks.get("tasks"));
  }

  @Test
  void evalTasksScoresAgenciesThenFields() throws Exception {
    Path plan = write("p1_plan.md", PLAN);
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("p1.jsonl"), String.join("\n",
        "{\"line\": 11, \"agency\": \"Sở Y tế\", \"role\": \"lead\", \"directs\": null, \"co_agencies\": [\"Sở Tài chính\"],"
            + " \"deadline\": \"2025-Q2\", \"deliverable\": \"ke_hoach\", \"status\": \"sure\"}",
        "{\"line\": 13, \"agency\": \"UBND các huyện\", \"role\": \"shared\", \"directs\": null, \"co_agencies\": [],"
            + " \"deadline\": \"quarterly\", \"deliverable\": null, \"status\": \"sure\"}",
        "{\"line\": 40, \"agency\": \"Sở Nội vụ\", \"role\": \"lead\", \"directs\": null, \"co_agencies\": [],"
            + " \"deadline\": null, \"deliverable\": null, \"status\": \"sure\"}", ""), StandardCharsets.UTF_8);
    CliRun run = CliRun.nqx("eval", "--tasks", "--gold", gold.toString(), plan.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(plan + " (gold p1.jsonl)\n"
        + "  agency  P=1.000 R=0.667 F1=0.800 (tp=2 fp=0 fn=1)\n"
        + "  directs 2/2 (1.000) co_agencies 2/2 (1.000) deadline 2/2 (1.000) deliverable 1/2 (0.500)\n"
        + "  miss         line 40  Sở Nội vụ\n"
        + "  wrong        line 13 deliverable: gold null, got bao_cao\n"
        + "overall\n"
        + "  agency  P=1.000 R=0.667 F1=0.800 (tp=2 fp=0 fn=1)\n"
        + "  directs 2/2 (1.000) co_agencies 2/2 (1.000) deadline 2/2 (1.000) deliverable 1/2 (0.500)\n");
  }

  @Test
  void matrixTasksCountsEachAgencysTasksWithTheEarliestDeadline() throws Exception {
    Path a = write("a_plan.md", PLAN);
    Path b = write("b_plan.md", PLAN.replace("TỈNH AN BÌNH", "TỈNH LÀO CAI").replace("An Bình,", "Lào Cai,")
        + "\n3. Sở Y tế tổ chức tập huấn trước ngày 30/3/2025.\n");
    CliRun run = CliRun.nqx("matrix", "--tasks", a.toString(), b.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().toList()).containsExactly("agency_code,agency,a_plan.md,Lào Cai",
        "ubnd_cap_huyen,Ủy ban nhân dân các huyện,1,1",
        "so_y_te,Sở Y tế,1 (2025-Q2),2 (2025-03-30)");
  }
}
