package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Kind;
import io.nqx.targets.Target;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
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

  @Mixin
  KindsOption kinds;

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    return output.write(spec.commandLine(), this::writeAll);
  }

  /** Extracts and writes each document as soon as it and all before it are done: memory stays flat. */
  private Runner.Counts writeAll(PrintWriter out) throws IOException, InterruptedException {
    DocumentWriter writer = switch (format) {
      case json -> json(new JsonArrayOutput(out));
      case jsonl -> outcome -> out.println(DocumentJson.mapper().writeValueAsString(DocumentJson.of(outcome, kinds.kinds())));
      case csv -> new CsvWriter(out, kinds.kinds());
    };
    // the CSV has the targets alone; the JSON objects every record list
    List<RecordLayer<?>> records = format == Format.csv ? List.of(RecordLayer.TARGETS) : RecordLayer.ALL;
    Runner.Counts counts = extraction.stream(spec.commandLine(), records, writer::write);
    writer.finish();
    return counts;
  }

  private DocumentWriter json(JsonArrayOutput array) {
    return new DocumentWriter() {
      @Override
      public void write(Batch.Outcome<Doc> outcome) throws IOException {
        array.write(DocumentJson.of(outcome, kinds.kinds()));
      }

      @Override
      public void finish() throws IOException {
        array.finish();
      }
    };
  }

  /** Writes one input's outcome at a time. */
  private interface DocumentWriter {
    void write(Batch.Outcome<Doc> outcome) throws IOException;

    default void finish() throws IOException {}
  }

  /** The CSV columns: the source, the document's fields, then the target's, in this order. */
  static List<String> csvColumns() {
    List<String> columns = new ArrayList<>();
    columns.add("source");
    columns.addAll(RecordLayer.DOCUMENT.csvNames());
    columns.addAll(RecordLayer.TARGETS.fields().csvNames());
    return columns;
  }

  /** The rows of one input's targets of the chosen kinds (none for a file that could not be read). */
  static void writeRows(CSVPrinter csv, Batch.Outcome<Doc> outcome, Set<Kind> kinds) throws IOException {
    Doc doc = outcome.result();
    List<String> document = CsvRows.cells(RecordLayer.DOCUMENT, doc == null ? null : doc.get(DocumentInfo.LAYER));
    for (Target t : RecordLayer.TARGETS.of(doc, kinds)) {
      List<String> row = new ArrayList<>();
      row.add(outcome.input().name());
      row.addAll(document);
      row.addAll(CsvRows.cells(RecordLayer.TARGETS.fields(), t));
      csv.printRecord(row);
    }
  }

  /** One row per target, after a header row. */
  private static final class CsvWriter implements DocumentWriter {
    private final CSVPrinter csv;
    private final Set<Kind> kinds;

    CsvWriter(PrintWriter out, Set<Kind> kinds) throws IOException {
      this.kinds = kinds;
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(csvColumns().toArray(String[]::new)).get();
      // Not closed: closing the printer would close the stream under it (standard output, or the file
      // AtomicOutput still has to check and move).
      this.csv = new CSVPrinter(out, format);
    }

    @Override
    public void write(Batch.Outcome<Doc> outcome) throws IOException {
      writeRows(csv, outcome, kinds);
    }

    @Override
    public void finish() throws IOException {
      csv.flush();
    }
  }
}
