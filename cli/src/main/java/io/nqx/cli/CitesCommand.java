package io.nqx.cli;

import io.nqx.citations.Citation;
import io.nqx.document.Doc;
import io.nqx.facts.DocumentInfo;
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

/** {@code nqx cites}: every document each document cites, one row per cited document. */
@Command(
    header = "List the documents each document cites and implements, one row per citation (csv, json, jsonl).",
    name = "cites",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "List every document a document refers to (\"Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành "
        + "Trung ương Đảng\", \"Quyết định 338/QĐ-TTg\", \"Luật ... số 15/2023/QH15\"): its type, canonical number, "
        + "symbol, year, date, issuer, its fullest mention and where it stands, and how often it is mentioned; "
        + "shorter later mentions (\"Kế hoạch 19\") count for the same citation. The column 'implements' of the "
        + "document columns names those the document says it carries out. json and jsonl give one object per "
        + "file: {source, document (with its cites and implements), errors}."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others' results were written)",
        "2:usage error, or no file could be read"})
final class CitesCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { csv, json, jsonl }

  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin
  OutputOption output;

  @Override
  public Integer call() throws Exception {
    return output.write(spec.commandLine(), this::writeAll);
  }

  private Runner.Counts writeAll(PrintWriter out) throws IOException, InterruptedException {
    return PerDocumentOutput.write(out, format.name(), extraction, spec.commandLine(), List.of(), csvColumns(), CitesCommand::writeRows);
  }

  /**
   * The CSV columns: the source, the document's fields (named as in {@code extract}'s CSV), then the cited
   * document's, each prefixed "cited_" (a citation has a number, date and issuer as the document has).
   */
  static List<String> csvColumns() {
    List<String> columns = new ArrayList<>();
    columns.add("source");
    columns.addAll(RecordLayer.DOCUMENT.csvNames());
    columns.addAll(Citation.FIELDS.csvNames().stream().map(n -> "cited_" + n).toList());
    return columns;
  }

  private static void writeRows(CSVPrinter csv, Batch.Outcome<Doc> outcome) throws IOException {
    Doc doc = outcome.result();
    if (doc == null) {
      return;
    }
    DocumentInfo info = doc.get(DocumentInfo.LAYER);
    List<String> document = CsvRows.cells(RecordLayer.DOCUMENT, info);
    for (Citation c : info.cites()) {
      List<String> row = new ArrayList<>();
      row.add(outcome.input().name());
      row.addAll(document);
      row.addAll(CsvRows.cells(Citation.FIELDS, c));
      csv.printRecord(row);
    }
  }
}
