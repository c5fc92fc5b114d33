package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** text, sections and eval run like extract: batch options, one error line per bad file, exit 1 for some. */
class ReadingCommandsTest {
  private static final String PLAN = "KẾ HOẠCH\n\nII. MỤC TIÊU\n\nTỷ lệ tiêm chủng đạt 95%.\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void sectionsRefusesAFileOverMaxSizeAndGoesOnWithTheOthers() throws Exception {
    Path small = write("a_small.md", PLAN);
    Path big = write("b_big.md", PLAN + "Nội dung. ".repeat(200));
    CliRun run = CliRun.nqx("sections", "--max-size", "1K", "-j", "2", small.toString(), big.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("nqx: " + big + ": too large: 0.0 MB, over the limit of 0.0 MB; raise it with "
        + "--max-size\n");
    assertThat(run.out()).startsWith(small + "\n  parts: front_matter=front_matter muc_tieu=II\n")
        .doesNotContain(big.toString());
  }

  @Test
  void textTakesTheBatchOptionsAndGivesTheSameBytesForAnyJobCount() throws Exception {
    Path a = write("a.md", PLAN);
    Path b = write("b.md", "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n");
    Path empty = write("c.md", "");
    CliRun one = CliRun.nqx("text", "-j", "1", "--timeout", "30", a.toString(), b.toString(), empty.toString());
    CliRun four = CliRun.nqx("text", "-j", "4", a.toString(), b.toString(), empty.toString());
    assertThat(one.out()).isEqualTo(four.out()).isEqualTo("==> " + a + " <==\n" + PLAN.replace("\n\n", "\n\n")
        + "==> " + b + " <==\nKẾ HOẠCH\n\nI. MỤC ĐÍCH\n\nNội dung.\n");
    assertThat(one.err()).isEqualTo(four.err()).isEqualTo("nqx: " + empty + ": empty file\n");
    assertThat(one.code()).isEqualTo(1);
  }

  @Test
  void evalReportsAMalformedGoldFileOnOneLineAndScoresTheOthers() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(docs.resolve("p1_plan.md"), PLAN, StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("p2_plan.md"), PLAN, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p1.jsonl"), "{\"doc\": \"p1\", \"line\": 5, \"indicator\": \"other\", "
        + "\"comparator\": \"eq\", \"value\": 95, \"value_max\": null, \"unit\": \"percent\", \"status\": \"sure\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p2.jsonl"), "{\"doc\": \"p2\", \"line\": 5,\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.nqx("eval", "--gold", gold.toString(), docs.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("nqx: " + docs.resolve("p2_plan.md") + ": gold " + gold.resolve("p2.jsonl")
        + ":1: not JSON: ").endsWith("\n").hasLineCount(1);
    assertThat(run.out()).isEqualTo(docs.resolve("p1_plan.md") + " (gold p1.jsonl)\n"
        + "  strict  P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n"
        + "  lenient P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n"
        + "overall\n"
        + "  strict  P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n"
        + "  lenient P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n");
  }

  @Test
  void extractWritesTargetsOnlyUnlessKindsAsksForMore() throws Exception {
    Path plan = write("p1_plan.md", "KẾ HOẠCH\n\nI. TÌNH HÌNH\n\nNăm 2024 tỷ lệ hộ nghèo đã giảm còn 3%.\n\n"
        + "II. MỤC TIÊU\n\nPhấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%; hỗ trợ 2.000.000 đồng/hộ.\n");
    CliRun targets = CliRun.nqx("extract", "-f", "csv", plan.toString());
    assertThat(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(targets.out())).getRecords()).extracting(r -> r.get("kind"))
        .containsExactly("target");
    CliRun all = CliRun.nqx("extract", "--kinds", "all", plan.toString());
    JsonNode rows = DocumentJson.mapper().readTree(all.out()).get(0).get("targets");
    assertThat(rows).extracting(r -> r.get("value_text").asText() + "=" + r.get("kind").asText())
        .containsExactly("3%=result", "dưới 1%=target", "2.000.000 đồng/hộ=parameter");
    CliRun two = CliRun.nqx("extract", "--kinds", "result,parameter", plan.toString());
    assertThat(DocumentJson.mapper().readTree(two.out()).get(0).get("targets")).extracting(r -> r.get("kind").asText())
        .containsExactly("result", "parameter");
    CliRun bad = CliRun.nqx("extract", "--kinds", "goal", plan.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("not a kind: 'goal' (kinds: target, result, parameter, criterion, other, all)");
  }

  @Test
  void evalScoresEachKindTheGoldNames() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("k"));
    Path gold = Files.createDirectories(dir.resolve("kg"));
    Files.writeString(docs.resolve("p1_plan.md"), "KẾ HOẠCH\n\nI. TÌNH HÌNH\n\nNăm 2024 tỷ lệ hộ nghèo đã giảm còn "
        + "3%.\n\nII. MỤC TIÊU\n\nPhấn đấu đến năm 2030 tỷ lệ hộ nghèo dưới 1%.\n", StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p1.jsonl"), "{\"line\": 9, \"indicator\": \"other\", \"comparator\": \"lt\", "
        + "\"value\": 1, \"unit\": \"percent\", \"status\": \"sure\"}\n{\"kind\": \"result\", \"line\": 5, "
        + "\"indicator\": \"other\", \"comparator\": \"eq\", \"value\": 3, \"unit\": \"percent\", \"status\": \"sure\"}\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.nqx("eval", "--kinds", "target,result", "--gold", gold.toString(), docs.toString());
    assertThat(run.out()).contains("  [target] strict  P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n",
        "  [result] strict  P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n");
    // Targets alone are scored as they always were: the result record counts neither way.
    assertThat(CliRun.nqx("eval", "--gold", gold.toString(), docs.toString()).out())
        .contains("  strict  P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)\n");
  }

  private static final String TABLE_PLAN = "KẾ HOẠCH\n\nII. MỤC TIÊU\n\n| TT | Chỉ tiêu | Đơn vị | Năm 2030 |\n|---|---|---|---|\n"
      + "| 1 | Tỷ lệ tiêm chủng | % | 95 |\n| 2 | Số trạm y tế đạt chuẩn | Trạm | 12 |\n";

  @Test
  void textTablesDrawsEachTableAsAGridWithWhereItStands() throws Exception {
    Path plan = write("plan.md", TABLE_PLAN);
    CliRun run = CliRun.nqx("text", "--tables", plan.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
        "table 1: lines 5-8, 3 rows x 4 columns, 1 header row, pipes in II \"MỤC TIÊU\"",
        "| TT | Chỉ tiêu               | Đơn vị | Năm 2030 |",
        "|----|------------------------|--------|----------|",
        "| 1  | Tỷ lệ tiêm chủng       | %      | 95       |",
        "| 2  | Số trạm y tế đạt chuẩn | Trạm   | 12       |",
        "", ""));
  }

  @Test
  void sectionsPlacesEachTableInTheOutline() throws Exception {
    Path plan = write("plan.md", TABLE_PLAN);
    CliRun text = CliRun.nqx("sections", plan.toString());
    assertThat(text.out()).contains("  II             muc_tieu                     MỤC TIÊU\n"
        + "    table 1 (targets, 3 rows x 4 columns, lines 5-8, pipes): TT | Chỉ tiêu | Đơn vị | Năm 2030\n");
    JsonNode table = DocumentJson.mapper().readTree(CliRun.nqx("sections", "-f", "json", plan.toString()).out())
        .get(0).get("tables").get(0);
    assertThat(table.get("number").asInt()).isEqualTo(1);
    assertThat(table.get("section").asText()).isEqualTo("II");
    assertThat(table.get("kind").asText()).isEqualTo("targets");
    assertThat(table.get("layout").asText()).isEqualTo("pipes");
    assertThat(List.of(table.get("rows").asInt(), table.get("columns").asInt(), table.get("header_rows").asInt(),
        table.get("line").asInt(), table.get("end_line").asInt())).containsExactly(3, 4, 1, 5, 8);
    assertThat(table.get("header")).extracting(JsonNode::asText).containsExactly("TT", "Chỉ tiêu", "Đơn vị", "Năm 2030");
  }
}
