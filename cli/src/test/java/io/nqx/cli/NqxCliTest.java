package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NqxCliTest {
  @TempDir
  Path dir;

  private static CliRun nqx(String... args) {
    return CliRun.nqx(args);
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void versionNamesTheToolAndItsVersion() {
    CliRun run = nqx("--version");
    assertThat(run.code()).isZero();
    assertThat(run.out()).matches("(?s)nqx \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\RJava \\d+[^\\n]*\\n")
        .contains("Java " + System.getProperty("java.version"));
  }

  @Test
  void helpListsTheSubcommandsAndTheExitCodes() {
    CliRun run = nqx("--help");
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: nqx", "text", "Exit codes:",
        "1   some files failed (the others' results were written)", "3   check found differences");
    CliRun sub = nqx("help", "text");
    assertThat(sub.out()).contains("Usage: nqx text", "--line-numbers", "--raw");
  }

  @Test
  void everySubcommandIsThereWhateverTheCommandLineNames() {
    // Only the named subcommand is registered for a run; help, completion and a misspelling see them all.
    String[] all = {"extract", "sections", "text", "eval", "check", "matrix", "schema", "indicators", "completion"};
    assertThat(nqx("--help").out()).contains(all);
    assertThat(nqx("help").out()).contains(all);
    assertThat(nqx("completion").out()).contains(all);
    assertThat(Nqx.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), "extract", "x.txt").getSubcommands())
        .containsOnlyKeys("extract");
    CliRun typo = nqx("extrat", "x.txt");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("extract");
    CliRun named = nqx("schema", "--help");
    assertThat(named.code()).isZero();
    assertThat(named.out()).contains("Usage: nqx schema");
  }

  @Test
  void textPrintsTheNormalizedText() throws Exception {
    Path file = write("plan.md", "## **II- MỤC TIÊU**\n\n- Tỉ lệ hộ nghèo giảm\u00A01%/năm;\ntỉ lệ thất nghiệp dưới 2%\n");
    CliRun run = nqx("text", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("II- MỤC TIÊU\n\n- Tỉ lệ hộ nghèo giảm 1%/năm; tỉ lệ thất nghiệp dưới 2%\n");
  }

  @Test
  void lineNumbersPointIntoTheSource() throws Exception {
    Path file = write("plan.md", "\n\n## Mục tiêu\n\nTỉ lệ đạt 95%.\n");
    CliRun run = nqx("text", "-n", file.toString());
    assertThat(run.out()).isEqualTo("3:4\tMục tiêu\n\n5:1\tTỉ lệ đạt 95%.\n");
  }

  @Test
  void headingsShowTheMarkupHints() throws Exception {
    Path file = write("plan.md", "### **1. Quan điểm**\n\nNội dung\n");
    assertThat(nqx("text", "--headings", file.toString()).out()).isEqualTo("### * 1. Quan điểm\n\nNội dung\n");
  }

  @Test
  void rawShowsTheTextBeforeNormalization() throws Exception {
    Path file = write("plan.md", "## **Mục tiêu**\n");
    assertThat(nqx("text", "--raw", file.toString()).out()).isEqualTo("## **Mục tiêu**\n");
  }

  @Test
  void anEmptyFileIsOneLineOnStderrAndExit2() throws Exception {
    Path file = write("empty.txt", "");
    CliRun run = nqx("text", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("nqx: " + file + ": empty file\n");
  }

  @Test
  void debugAddsTheStackTrace() throws Exception {
    Path file = write("empty.txt", "");
    CliRun run = nqx("text", "--debug", file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("nqx: " + file + ": empty file\n")
        .contains("io.nqx.ingest.IngestException: empty file", "\tat io.nqx.ingest.Ingestor");
  }

  @Test
  void unsupportedAndMissingFilesNameTheReason() throws Exception {
    byte[] noise = new byte[2048];
    new Random(7).nextBytes(noise);
    Path binary = dir.resolve("report.docx");
    Files.write(binary, noise);
    CliRun run = nqx("text", binary.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nqx: " + binary + ": unsupported format (application/octet-stream)\n");

    Path missing = dir.resolve("missing.pdf");
    CliRun gone = nqx("text", missing.toString());
    assertThat(gone.code()).isEqualTo(2);
    assertThat(gone.err()).isEqualTo("nqx: " + missing + ": no such file\n");
  }

  @Test
  void oneBadFileDoesNotStopTheOthersAndExits1() throws Exception {
    Path good = write("a.txt", "Tỷ lệ đạt 95%.");
    Path bad = write("b.txt", "");
    CliRun run = nqx("text", good.toString(), bad.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("==> " + good + " <==\nTỷ lệ đạt 95%.\n");
    assertThat(run.err()).isEqualTo("nqx: " + bad + ": empty file\n");
  }

  @Test
  void aDirectoryIsReadInPathOrderKeepingOnlySupportedFiles() throws Exception {
    write("b.md", "Hai.");
    write("a.txt", "Một.");
    write("notes.xyz", "bỏ qua");
    Files.createDirectories(dir.resolve("sub"));
    write("sub/c.txt", "Ba.");
    CliRun run = nqx("text", dir.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("==> " + dir.resolve("a.txt") + " <==\nMột.\n"
        + "==> " + dir.resolve("b.md") + " <==\nHai.\n"
        + "==> " + dir.resolve("sub/c.txt") + " <==\nBa.\n");
  }

  @Test
  void aDashReadsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("đạt\u00A099,5%".getBytes(StandardCharsets.UTF_8)));
      CliRun run = nqx("text", "-");
      assertThat(run.code()).isZero();
      assertThat(run.out()).isEqualTo("đạt 99,5%\n");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void usageErrorsExit2WithAHint() {
    CliRun none = nqx();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("nqx: a command is required");

    CliRun noFile = nqx("text");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).startsWith("nqx: Missing required parameter: 'FILE'")
        .contains("Try 'nqx text --help' for more information.");

    CliRun unknown = nqx("text", "--bogus", "x");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("nqx: Unknown option: '--bogus'");
  }

  @Test
  void anEmptyDirectoryIsAUsageError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("none"));
    CliRun run = nqx("text", empty.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nqx: no supported files found in " + empty + "\n"
        + "Try 'nqx text --help' for more information.\n");
  }

  private static final String PLAN = "KẾ HOẠCH\n\nI. MỤC TIÊU\n\n1. Các chỉ tiêu chủ yếu đến năm 2030\n\n"
      + "(1) Tỷ lệ hộ nghèo giảm 1%/năm.\n\nII. TỔ CHỨC THỰC HIỆN\n";

  @Test
  void sectionsPrintsAnIndentedOutline() throws Exception {
    Path file = write("plan.md", PLAN);
    CliRun run = nqx("sections", file.toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(file + "\n"
        + "  parts: front_matter=front_matter muc_tieu=I to_chuc_thuc_hien=II\n"
        + "  front_matter   front_matter                 KẾ HOẠCH\n"
        + "  I              muc_tieu                     MỤC TIÊU\n"
        + "    I.1            muc_tieu/chi_tieu            Các chỉ tiêu chủ yếu đến năm 2030\n"
        + "  II             to_chuc_thuc_hien            TỔ CHỨC THỰC HIỆN\n");
    assertThat(nqx("sections", "--items", file.toString()).out())
        .contains("      I.1.(1)        muc_tieu/chi_tieu            · Tỷ lệ hộ nghèo giảm 1%/năm.\n");
  }

  @Test
  void sectionsAsJsonHasEveryFieldInAStableOrder() throws Exception {
    Path file = write("plan.md", PLAN);
    CliRun run = nqx("sections", "-f", "json", file.toString());
    assertThat(run.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.isArray()).isTrue();
    com.fasterxml.jackson.databind.JsonNode doc = json.get(0);
    assertThat(doc.get("source").asText()).isEqualTo(file.toString());
    assertThat(doc.get("parts").toString())
        .isEqualTo("{\"front_matter\":\"front_matter\",\"muc_tieu\":\"I\",\"to_chuc_thuc_hien\":\"II\"}");
    com.fasterxml.jackson.databind.JsonNode item = doc.get("sections").get(1).get("children").get(0).get("children").get(0);
    List<String> fields = new java.util.ArrayList<>();
    item.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "number", "title", "kind", "subkind", "level", "line", "start", "end",
        "item", "children");
    assertThat(item.get("id").asText()).isEqualTo("I.1.(1)");
    assertThat(item.get("number").asText()).isEqualTo("(1)");
    assertThat(item.get("title").asText()).isEqualTo("Tỷ lệ hộ nghèo giảm 1%/năm.");
    assertThat(item.get("subkind").asText()).isEqualTo("chi_tieu");
    assertThat(item.get("level").asInt()).isEqualTo(3);
    assertThat(item.get("line").asInt()).isEqualTo(7);
    assertThat(item.get("item").asBoolean()).isTrue();
    String text = Files.readString(file);
    assertThat(text.substring(item.get("start").asInt(), item.get("end").asInt()))
        .isEqualTo("(1) Tỷ lệ hộ nghèo giảm 1%/năm.\n\n");
    assertThat(doc.get("sections").get(0).get("number").isNull()).isTrue();
  }

  private static final String TARGETS = "KẾ HOẠCH\n\nII. MỤC TIÊU ĐẾN NĂM 2030\n\n"
      + "Tỉ lệ thất nghiệp khu vực thành thị dưới 2,4%; 12 bác sĩ trên 10.000 dân.\n";

  @Test
  void extractWritesOneObjectPerFileWithTargetsInAFixedFieldOrder() throws Exception {
    Path file = write("plan.md", TARGETS);
    CliRun run = nqx("extract", file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    com.fasterxml.jackson.databind.JsonNode doc = json.get(0);
    List<String> docFields = new java.util.ArrayList<>();
    doc.fieldNames().forEachRemaining(docFields::add);
    assertThat(docFields).containsExactly("source", "document", "targets", "tasks", "errors");
    assertThat(doc.get("document").get("doc_type").asText()).isEqualTo("ke_hoach");
    com.fasterxml.jackson.databind.JsonNode t = doc.get("targets").get(0);
    List<String> fields = new java.util.ArrayList<>();
    t.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("indicator", "indicator_text", "comparator", "value", "value_max", "unit",
        "unit_text", "year", "interval", "section", "section_kind", "value_text", "sentence", "line", "start", "end",
        "kind", "evidence", "lead_agency", "co_agencies", "table", "ocr", "confidence");
    assertThat(t.get("kind").asText()).isEqualTo("target");
    assertThat(t.get("ocr").asBoolean()).isFalse();
    assertThat(t.get("confidence").isNull()).isTrue();
    assertThat(t.get("lead_agency").isNull()).isTrue();
    assertThat(t.get("co_agencies").isArray() && t.get("co_agencies").isEmpty()).isTrue();
    assertThat(t.get("table").isNull()).isTrue();
    assertThat(t.get("evidence").get(0).asText()).isEqualTo("target:section muc_tieu");
    assertThat(doc.get("document").get("genre").asText()).isEqualTo("plan");
    assertThat(t.get("indicator").asText()).isEqualTo("unemployment_rate_urban");
    assertThat(t.get("value").isNumber()).isTrue();
    assertThat(t.get("value").decimalValue()).isEqualByComparingTo("2.4");
    assertThat(t.get("interval").asText()).isEqualTo("(,2.4)");
    assertThat(t.get("year").asInt()).isEqualTo(2030);
    assertThat(t.get("line").asInt()).isEqualTo(5);
    assertThat(doc.get("targets").get(1).get("unit").asText()).isEqualTo("per_10k_population");
  }

  @Test
  void extractAsCsvHasTheDocumentedColumnsAndQuotesPerRfc4180() throws Exception {
    Path file = write("plan.md", TARGETS);
    CliRun run = nqx("extract", "-f", "csv", file.toString());
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("source,province,province_current,doc_type,number,date,place,issuer,"
        + "document_title,media_type,encoding,genre,implements,cites,ocr_pages,indicator,indicator_text,comparator,"
        + "value,value_max,unit,unit_text,year,interval,"
        + "section,section_kind,value_text,sentence,line,start,end,kind,evidence,lead_agency,co_agencies,table,ocr,"
        + "confidence");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith(file + ",,,ke_hoach,,,,,KẾ HOẠCH,text/plain,UTF-8,plan,,,,unemployment_rate_urban,")
        .contains(",lt,2.4,,percent,%,2030,\"(,2.4)\",II,muc_tieu,\"dưới 2,4%\",");
  }

  @Test
  void extractAsJsonLinesHasOneDocumentPerLine() throws Exception {
    Path a = write("a.md", TARGETS);
    Path b = write("b.md", "KẾ HOẠCH\n\nII. MỤC TIÊU\n\nTỷ lệ tiêm chủng mở rộng đạt 97%.\n");
    CliRun run = nqx("extract", "-f", "jsonl", a.toString(), b.toString());
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("{\"source\":\"" + b + "\"").contains("\"indicator\":\"immunisation_rate\"");
  }

  @Test
  void extractToAFileReplacesItWholeAndKeepsAFailedFilesPlace() throws Exception {
    Path good = write("a.md", TARGETS);
    Path empty = write("b.md", "");
    Path out = dir.resolve("out/targets.json");
    CliRun run = nqx("extract", "-o", out.toString(), good.toString(), empty.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("nqx: " + empty + ": empty file\n");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
    assertThat(json.size()).isEqualTo(2);
    assertThat(json.get(1).get("errors").get(0).asText()).isEqualTo("empty file");
    assertThat(json.get(1).get("document").isNull()).isTrue();
    try (java.util.stream.Stream<Path> left = Files.list(out.getParent())) {
      assertThat(left).containsExactly(out);
    }
  }

  @Test
  void aBadTaxonomyIsAUsageError() throws Exception {
    Path file = write("plan.md", TARGETS);
    Path bad = write("bad.csv", "name\nfoo\n");
    CliRun run = nqx("extract", "--indicators", bad.toString(), file.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith("nqx: " + bad + ": not a taxonomy CSV");
  }

  @Test
  void extractCsvToAFile() throws Exception {
    Path file = write("plan.md", TARGETS);
    Path out = dir.resolve("targets.csv");
    Files.writeString(out, "old content");
    CliRun run = nqx("extract", "-f", "csv", "-o", out.toString(), file.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("source,province,province_current,doc_type,");
  }
}
