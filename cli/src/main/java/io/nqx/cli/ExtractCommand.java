package io.nqx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx extract}: every numeric target of every document as rows. */
@Command(
    header = "Extract every numeric target as rows (json, jsonl, csv).",
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Extract every numeric target: indicator code, comparator, value or range, unit, year, and where it "
        + "stands (section, line, offsets, sentence)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others' results were written)",
        "2:usage error, or no file could be read"})
final class ExtractCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { json, jsonl, csv }

  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically: the whole new file or the old one) instead of standard output.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      Extraction.Counts counts = writeAll(out);
      out.flush();
      return counts.exitCode();
    }
    AtomicReference<Extraction.Counts> counts = new AtomicReference<>();
    AtomicOutput.write(output, out -> counts.set(writeAll(out)));
    return counts.get().exitCode();
  }

  /** Extracts and writes each document as soon as it and all before it are done: memory stays flat. */
  private Extraction.Counts writeAll(PrintWriter out) throws IOException, InterruptedException {
    DocumentWriter writer = switch (format) {
      case json -> new JsonArrayWriter(out);
      case jsonl -> doc -> out.println(TargetJson.mapper().writeValueAsString(doc));
      case csv -> new CsvWriter(out);
    };
    Extraction.Counts counts = extraction.stream(spec.commandLine(),
        outcome -> writer.write(Extraction.toJson(outcome)));
    writer.finish();
    return counts;
  }

  /** Writes one output object at a time. */
  private interface DocumentWriter {
    void write(ObjectNode doc) throws IOException;

    default void finish() throws IOException {}
  }

  /** The documents as one indented JSON array, written element by element. */
  private static final class JsonArrayWriter implements DocumentWriter {
    private final PrintWriter out;
    private final SequenceWriter array;

    JsonArrayWriter(PrintWriter out) throws IOException {
      this.out = out;
      // Not closing the stream under it: standard output, or the file AtomicOutput still has to move.
      this.array = TargetJson.pretty().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValuesAsArray(out);
    }

    @Override
    public void write(ObjectNode doc) throws IOException {
      array.write(doc);
    }

    @Override
    public void finish() throws IOException {
      array.close();
      out.println();
    }
  }

  /** The CSV columns: the source, the document's fields, then the target's, in this order. */
  static List<String> csvColumns() {
    List<String> columns = new ArrayList<>();
    columns.add("source");
    TargetJson.DOCUMENT_FIELDS.forEach(f -> columns.add(f.equals("title") ? "document_title" : f));
    columns.addAll(TargetJson.TARGET_FIELDS);
    return columns;
  }

  /** One row per target, after a header row. */
  private static final class CsvWriter implements DocumentWriter {
    private final CSVPrinter csv;

    CsvWriter(PrintWriter out) throws IOException {
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(csvColumns().toArray(String[]::new)).get();
      // Not closed: closing the printer would close the stream under it (standard output, or the file
      // AtomicOutput still has to check and move).
      this.csv = new CSVPrinter(out, format);
    }

    @Override
    public void write(ObjectNode doc) throws IOException {
      JsonNode info = doc.get("document");
      for (JsonNode t : doc.get("targets")) {
        List<Object> row = new ArrayList<>();
        row.add(doc.get("source").asText());
        for (String f : TargetJson.DOCUMENT_FIELDS) {
          row.add(info == null || info.isNull() || info.get(f).isNull() ? "" : info.get(f).asText());
        }
        for (String f : TargetJson.TARGET_FIELDS) {
          JsonNode v = t.get(f);
          row.add(v == null || v.isNull() ? "" : v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText());
        }
        csv.printRecord(row);
      }
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }
  }
}
