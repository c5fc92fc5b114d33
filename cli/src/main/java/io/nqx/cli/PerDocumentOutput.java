package io.nqx.cli;

import io.nqx.document.Doc;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;

/**
 * The output of a command that writes, per document, one JSON object ({@code json}: an array of them,
 * {@code jsonl}: one a line) or CSV rows (a header, then the rows each document gives), as each document is
 * done: {@code nqx tasks} and {@code nqx cites}.
 */
final class PerDocumentOutput {
  private PerDocumentOutput() {}

  /** The CSV rows of one document. */
  interface Rows {
    void write(CSVPrinter csv, Batch.Outcome<Doc> outcome) throws IOException;
  }

  /**
   * Reads every input and writes it in {@code format} ("json", "jsonl" or "csv"): the JSON objects with the
   * document and the record lists {@code layers}, the CSV with {@code columns} and {@code rows}.
   */
  static Runner.Counts write(PrintWriter out, String format, ExtractionOptions extraction, CommandLine cli,
      List<RecordLayer<?>> layers, List<String> columns, Rows rows) throws IOException, InterruptedException {
    Runner.Counts counts;
    switch (format) {
      case "json" -> {
        JsonArrayOutput array = new JsonArrayOutput(out);
        counts = extraction.stream(cli, layers, o -> array.write(DocumentJson.of(o, Set.of(), layers)));
        array.finish();
      }
      case "jsonl" -> counts = extraction.stream(cli, layers,
          o -> out.println(DocumentJson.mapper().writeValueAsString(DocumentJson.of(o, Set.of(), layers))));
      default -> {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new))
            .get());
        counts = extraction.stream(cli, layers, o -> rows.write(csv, o));
        csv.flush(); // not closed: that would close the stream under it
      }
    }
    return counts;
  }
}
