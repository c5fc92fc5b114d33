package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nqx cites, and matrix --implements and --by current, on documents written for the test. */
class CitesCommandTest {
  private static String plan(String province, String number, String implemented, String target) {
    return "ỦY BAN NHÂN DÂN\nTỈNH " + province.toUpperCase(java.util.Locale.ROOT) + "\n\nSố: " + number + "\n\n"
        + province + ", ngày 2 tháng 1 năm 2025\n\nKẾ HOẠCH\n\nThực hiện " + implemented + " của Bộ Chính trị, "
        + "Ủy ban nhân dân tỉnh ban hành Kế hoạch theo Quyết định số 12/QĐ-UBND ngày 3/1/2025 của Ủy ban nhân dân "
        + "tỉnh.\n\nI. MỤC TIÊU\n\n1. Chỉ tiêu đến năm 2030\n\n- " + target + "\n";
  }

  @TempDir
  Path dir;

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void oneRowPerCitationWithTheDocumentColumnsFirst() throws Exception {
    Path a = write("a.md", plan("Hà Giang", "5/KH-UBND", "Nghị quyết số 57-NQ/TW ngày 22/12/2024",
        "Tỷ lệ hộ nghèo giảm bình quân 2%/năm."));
    Path broken = write("b.pdf", "%PDF-1.7 not really");
    CliRun run = CliRun.nqx("cites", a.toString(), broken.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).startsWith("nqx: " + broken + ": ").hasLineCount(1);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(run.out())).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getParser().getHeaderNames()).isEqualTo(CitesCommand.csvColumns());
    assertThat(rows.get(0).get("source")).isEqualTo(a.toString());
    assertThat(rows.get(0).get("number")).isEqualTo("5/KH-UBND");
    assertThat(rows.get(0).get("province")).isEqualTo("Hà Giang");
    assertThat(rows.get(0).get("province_current")).isEqualTo("Tuyên Quang");
    assertThat(rows.get(0).get("implements")).isEqualTo("57-NQ/TW");
    assertThat(rows).extracting(r -> r.get("cited_number"), r -> r.get("cited_type"), r -> r.get("cited_date"),
        r -> r.get("cited_issuer")).containsExactly(
        org.assertj.core.groups.Tuple.tuple("57-NQ/TW", "nghi_quyet", "2024-12-22", "Bộ Chính trị"),
        org.assertj.core.groups.Tuple.tuple("12/QĐ-UBND", "quyet_dinh", "2025-01-03", "Ủy ban nhân dân tỉnh"));
    assertThat(rows.get(1).get("cited_line")).isEqualTo("10");

    CliRun json = CliRun.nqx("cites", "-f", "json", a.toString());
    JsonNode doc = DocumentJson.mapper().readTree(json.out()).get(0).get("document");
    assertThat(doc.get("implements")).extracting(JsonNode::asText).containsExactly("57-NQ/TW");
    assertThat(doc.get("cites").get(0).get("number").asText()).isEqualTo("57-NQ/TW");
    assertThat(doc.get("cites").get(0).get("mentions").asInt()).isEqualTo(1);
  }

  @Test
  void matrixSelectsByWhatADocumentImplementsAndGroupsByTheCurrentProvince() throws Exception {
    write("1_hagiang.md", plan("Hà Giang", "5/KH-UBND", "Nghị quyết số 57-NQ/TW", "Tỷ lệ hộ nghèo giảm bình quân 2%/năm."));
    write("2_tuyenquang.md", plan("Tuyên Quang", "6/KH-UBND", "Nghị quyết số 57-NQ/TW",
        "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm."));
    write("3_yenbai.md", plan("Yên Bái", "7/KH-UBND", "Kế hoạch số 19-KH/TW", "Tỷ lệ hộ nghèo giảm bình quân 3%/năm."));
    CliRun byProvince = CliRun.nqx("matrix", "-q", "--implements", "57-nq/tw", dir.toString());
    assertThat(byProvince.out().lines().findFirst().orElseThrow()).isEqualTo("indicator,unit,Hà Giang,Tuyên Quang");
    CliRun byCurrent = CliRun.nqx("matrix", "-q", "--by", "current", dir.toString());
    assertThat(byCurrent.code()).isZero();
    List<String> lines = byCurrent.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("indicator,unit,Tuyên Quang,Lào Cai");
    assertThat(lines).anySatisfy(l -> assertThat(l).endsWith(",2; 1.5,3").doesNotContain("Hà Giang"));
    CliRun none = CliRun.nqx("matrix", "-q", "--implements", "99-NQ/TW", dir.toString());
    assertThat(none.out()).isEqualTo("indicator,unit\r\n");
  }
}
