package io.nqx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Doc;
import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.facts.DocumentInfo;
import io.nqx.targets.Indicator;
import io.nqx.targets.Target;
import io.nqx.targets.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx matrix}: indicators by document, the table to compare provinces. */
@Command(
    header = "Tabulate indicators by document (province), wide or long.",
    name = "matrix",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "One row per indicator, one column per document (its province when known, else its file name); "
        + "cells like \"<2.35\", \"≥95\", \"40–45\", \"≈75\", blank when absent. --long gives the tidy form."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others are in the table)",
        "2:usage error, or no file could be read"})
final class MatrixCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { csv, json }

  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--long", description = "Tidy form: one row per target (document, indicator, comparator, value, "
      + "value_max, unit, year).")
  boolean longForm;

  @Option(names = "--excel", description = "Start the CSV with a UTF-8 byte-order mark so that spreadsheets read "
      + "Vietnamese correctly.")
  boolean excel;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (atomically).")
  Path output;

  @Option(names = "--tasks", description = "Agencies by document instead: one row per agency code (a list of peers "
      + "counts for each of them; an agency not in the dictionary by its name), cells the number of its tasks and "
      + "the earliest dated deadline, \"3 (2026-05)\". With --long, one row per task.")
  boolean tasks;

  /** One document's column: its label and targets. */
  private record Column(String label, List<Target> targets) {}

  /** A row of the tidy form: a target and the label of its document. */
  private record Row(String document, Target target) {}

  /** The tidy form's columns: the document, then a few target fields (their registry entries). */
  static final FieldSet<Row> LONG_FIELDS = Target.FIELDS
      .select("indicator", "comparator", "value", "value_max", "unit", "year")
      .<Row>on(Row::target)
      .prepend(Field.text("document", Row::document));

  @Override
  public Integer call() throws Exception {
    Taxonomy tax = extraction.taxonomy.load(spec.commandLine());
    List<Batch.Outcome<Doc>> outcomes = extraction.collect(spec.commandLine(), extraction.pipeline(spec.commandLine(), tax));
    List<Column> columns = columns(outcomes);
    AtomicOutput.Content content = tasks
        ? out -> TaskMatrix.write(TaskMatrix.columns(outcomes, labels(outcomes)), format == Format.json, longForm,
            excel, out)
        : out -> write(tax, columns, out);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      content.write(out);
      out.flush();
    } else {
      AtomicOutput.write(output, content);
    }
    return ExitCodes.forOutcomes(outcomes);
  }

  /** One column per document read; a label used twice gets the file name after it. */
  private static List<Column> columns(List<Batch.Outcome<Doc>> outcomes) {
    Map<String, Integer> uses = new HashMap<>();
    List<Batch.Outcome<Doc>> read = outcomes.stream().filter(o -> !o.failed()).toList();
    for (Batch.Outcome<Doc> o : read) {
      uses.merge(label(o), 1, Integer::sum);
    }
    List<Column> columns = new ArrayList<>();
    for (Batch.Outcome<Doc> o : read) {
      String label = label(o);
      if (uses.get(label) > 1) {
        label = label + " (" + Path.of(o.input().name()).getFileName() + ")";
      }
      columns.add(new Column(label, o.result().get(Target.LAYER).stream().filter(Target::isTarget).toList()));
    }
    return columns;
  }

  /** Each read document's column label, in input order (a label used twice gets the file name after it). */
  private static List<String> labels(List<Batch.Outcome<Doc>> outcomes) {
    return columns(outcomes).stream().map(Column::label).toList();
  }

  private static String label(Batch.Outcome<Doc> o) {
    String province = o.result().get(DocumentInfo.LAYER).province();
    return province != null ? province : Path.of(o.input().name()).getFileName().toString();
  }

  private void write(Taxonomy tax, List<Column> columns, PrintWriter out) throws IOException {
    if (format == Format.csv && excel) {
      out.print('\uFEFF');
    }
    if (longForm) {
      writeLong(columns, out);
    } else {
      writeWide(tax, columns, out);
    }
  }

  /** A cell: every distinct value the document gives the indicator, in order, joined by "; ". */
  static String cell(List<Target> targets, String code) {
    Set<String> values = new LinkedHashSet<>();
    for (Target t : targets) {
      if (t.indicator().equals(code)) {
        values.add(t.cell());
      }
    }
    return String.join("; ", values);
  }

  private void writeWide(Taxonomy tax, List<Column> columns, PrintWriter out) throws IOException {
    // Rows: the taxonomy's codes that some document gives a value, in taxonomy order ("other" is no row:
    // two "other" targets are rarely the same thing).
    Map<String, Indicator> rows = new LinkedHashMap<>();
    for (Indicator i : tax.indicators()) {
      if (!i.code().equals(Indicator.OTHER)
          && columns.stream().anyMatch(c -> c.targets().stream().anyMatch(t -> t.indicator().equals(i.code())))) {
        rows.put(i.code(), i);
      }
    }
    if (format == Format.json) {
      ObjectNode root = DocumentJson.mapper().createObjectNode();
      ArrayNode cols = root.putArray("columns");
      columns.forEach(c -> cols.add(c.label()));
      ArrayNode list = root.putArray("rows");
      for (Indicator i : rows.values()) {
        ObjectNode row = list.addObject();
        row.put("indicator", i.code());
        row.put("unit", i.unit());
        ObjectNode cells = row.putObject("cells");
        for (Column c : columns) {
          String cell = cell(c.targets(), i.code());
          if (!cell.isEmpty()) {
            cells.put(c.label(), cell);
          }
        }
      }
      out.println(DocumentJson.pretty().writeValueAsString(root));
      return;
    }
    List<String> header = new ArrayList<>(List.of("indicator", "unit"));
    columns.forEach(c -> header.add(c.label()));
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Indicator i : rows.values()) {
      List<String> row = new ArrayList<>(List.of(i.code(), i.unit()));
      columns.forEach(c -> row.add(cell(c.targets(), i.code())));
      csv.printRecord(row);
    }
    csv.flush();
  }

  private void writeLong(List<Column> columns, PrintWriter out) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (Column c : columns) {
      c.targets().forEach(t -> rows.add(new Row(c.label(), t)));
    }
    if (format == Format.json) {
      out.println(DocumentJson.pretty().writeValueAsString(DocumentJson.array(LONG_FIELDS, rows)));
      return;
    }
    CSVPrinter csv = new CSVPrinter(out,
        CSVFormat.RFC4180.builder().setHeader(LONG_FIELDS.csvNames().toArray(String[]::new)).get());
    for (Row row : rows) {
      csv.printRecord(CsvRows.cells(LONG_FIELDS, row));
    }
    csv.flush();
  }
}
