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
import io.nqx.tasks.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

  /** What a column stands for. */
  enum By { province, current, file }

  @Option(names = "--by", defaultValue = "province", paramLabel = "BY", description = "Columns by ${COMPLETION-CANDIDATES}: "
      + "the province as the document names it (its file name when it names none; default), the province it belongs "
      + "to since the 2025 arrangement (the documents of Hà Giang and Tuyên Quang share the column Tuyên Quang), or "
      + "the file.")
  By by;

  @Option(names = "--implements", paramLabel = "NUMBER", description = "Only the documents that say they implement "
      + "NUMBER (\"57-NQ/TW\"; repeat for any of several). Case and spacing do not matter.")
  List<String> implementing = List.of();

  /** A column: its label and the documents it holds (more than one when --by current merges provinces). */
  private record Group(String label, List<Doc> docs) {}

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
    // the documents are read as far as the matrix needs: their tasks, or their targets
    List<Batch.Outcome<Doc>> outcomes = extraction.collect(spec.commandLine(), extraction.pipeline(spec.commandLine(), tax),
        List.of(tasks ? RecordLayer.TASKS : RecordLayer.TARGETS));
    List<Group> groups = groups(outcomes);
    AtomicOutput.Content content;
    if (tasks) {
      List<TaskMatrix.Column> taskColumns = groups.stream().map(g -> new TaskMatrix.Column(g.label(), g.docs().stream()
          .flatMap(d -> d.get(Task.LAYER).stream()).toList())).toList();
      content = out -> TaskMatrix.write(taskColumns, format == Format.json, longForm, excel, out);
    } else {
      List<Column> columns = groups.stream().map(g -> new Column(g.label(), g.docs().stream()
          .flatMap(d -> d.get(Target.LAYER).stream()).filter(Target::isTarget).toList())).toList();
      content = out -> write(tax, columns, out);
    }
    AtomicOutput.writeOrPrint(output, spec.commandLine().getOut(), content);
    return ExitCodes.forOutcomes(outcomes);
  }

  /**
   * The columns: one per document read that --implements selects, in input order. A label two documents share
   * gets each file's name after it; with --by current they share the column instead (a province that merged
   * with another is one province now).
   */
  private List<Group> groups(List<Batch.Outcome<Doc>> outcomes) {
    Set<String> wanted = new HashSet<>();
    implementing.forEach(n -> wanted.add(key(n)));
    List<Batch.Outcome<Doc>> read = outcomes.stream().filter(o -> !o.failed() && selected(o.result(), wanted)).toList();
    Map<String, List<Batch.Outcome<Doc>>> byLabel = new LinkedHashMap<>();
    for (Batch.Outcome<Doc> o : read) {
      byLabel.computeIfAbsent(label(o), k -> new ArrayList<>()).add(o);
    }
    List<Group> out = new ArrayList<>();
    if (by == By.current) {
      byLabel.forEach((label, docs) -> out.add(new Group(label, docs.stream().map(Batch.Outcome::result).toList())));
      return out;
    }
    for (Batch.Outcome<Doc> o : read) {
      String label = label(o);
      if (byLabel.get(label).size() > 1) {
        label = label + " (" + Inputs.fileName(o.input().name()) + ")";
      }
      out.add(new Group(label, List.of(o.result())));
    }
    return out;
  }

  /** Whether a document implements one of the wanted numbers (keys); every document when none is wanted. */
  private static boolean selected(Doc doc, Set<String> wanted) {
    if (wanted.isEmpty()) {
      return true;
    }
    return doc.get(DocumentInfo.LAYER).implemented().stream().anyMatch(n -> wanted.contains(key(n)));
  }

  /** A document number as compared: folded case, no spaces ("57-nq/tw"). */
  static String key(String number) {
    return number.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private String label(Batch.Outcome<Doc> o) {
    DocumentInfo info = o.result().get(DocumentInfo.LAYER);
    String file = Inputs.fileName(o.input().name());
    String province = switch (by) {
      case province -> info.province();
      case current -> info.provinceCurrent();
      case file -> null;
    };
    return province != null ? province : file;
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
