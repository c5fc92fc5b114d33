package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(targets.out().lines().skip(1).map(l -> l.substring(l.lastIndexOf(",target,") + 1, l.lastIndexOf(",")))
        .toList()).containsExactly("target");
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
}
