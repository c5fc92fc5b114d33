package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.facts.DocumentInfo;
import io.nqx.tasks.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx tasks}: every assignment of every document (who, with whom, what, by when) as rows. */
@Command(
    header = "Extract every assignment (who is to do what, with whom, by when) as rows (json, jsonl, csv).",
    name = "tasks",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Extract every assignment: the responsible body and its code, whom it directs, whom it works with, "
        + "its first action, the deadline as written and normalized, what it delivers, and where it stands "
        + "(section, line, offsets, passage, task-table cell)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others' results were written)",
        "2:usage error, or no file could be read"})
final class TasksCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { json, jsonl, csv }

  private static final List<RecordLayer<?>> LAYERS = List.of(RecordLayer.TASKS);

  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Option(names = {"-f", "--format"}, defaultValue = "json", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    return output.write(spec.commandLine(), this::writeAll);
  }

  private Runner.Counts writeAll(PrintWriter out) throws IOException, InterruptedException {
    return PerDocumentOutput.write(out, format.name(), extraction, spec.commandLine(), LAYERS, csvColumns(), TasksCommand::writeRows);
  }

  /** The CSV columns: the source, the document's fields, then the task's, in this order. */
  static List<String> csvColumns() {
    List<String> columns = new ArrayList<>();
    columns.add("source");
    columns.addAll(RecordLayer.DOCUMENT.csvNames());
    columns.addAll(Task.FIELDS.csvNames());
    return columns;
  }

  static void writeRows(CSVPrinter csv, Batch.Outcome<Doc> outcome) throws IOException {
    Doc doc = outcome.result();
    if (doc == null) {
      return;
    }
    List<String> document = CsvRows.cells(RecordLayer.DOCUMENT, doc.get(DocumentInfo.LAYER));
    for (Task t : doc.get(Task.LAYER)) {
      List<String> row = new ArrayList<>();
      row.add(outcome.input().name());
      row.addAll(document);
      row.addAll(CsvRows.cells(Task.FIELDS, t));
      csv.printRecord(row);
    }
  }
}
