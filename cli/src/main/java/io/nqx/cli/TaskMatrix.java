package io.nqx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.agencies.Agency;
import io.nqx.agencies.AgencyDictionary;
import io.nqx.document.Doc;
import io.nqx.tasks.Task;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code nqx matrix --tasks}: agencies by document. A row per agency code, in the dictionary's order, then
 * agencies the dictionary does not know by their names; a task of a list of peers counts for each. A cell is
 * the number of the agency's tasks and, when some have a dated deadline, the earliest: "3 (2026-05)".
 */
final class TaskMatrix {
  private TaskMatrix() {}

  /** One document's column: its label and tasks. */
  record Column(String label, List<Task> tasks) {}

  /** The row keys a task counts under: each part of its code, or its name when it has none. */
  static List<String> keys(Task t) {
    if (t.agencyCode() == null) {
      return List.of(t.agency());
    }
    return List.of(t.agencyCode().split("\\+"));
  }

  /**
   * When a deadline falls due, for finding the earliest: a period's last day ("2026-Q2" is due at 2026-06-99,
   * "2026" at 2026-12-99, comparable as text), or null for one with no date (recurring, ongoing).
   */
  static String due(String deadline) {
    if (deadline == null || !Character.isDigit(deadline.charAt(0))) {
      return null;
    }
    if (deadline.matches("\\d{4}-Q[1-4]")) {
      int q = deadline.charAt(6) - '0';
      return deadline.substring(0, 4) + "-" + String.format("%02d", q * 3) + "-99";
    }
    if (deadline.matches("\\d{4}")) {
      return deadline + "-12-99";
    }
    if (deadline.matches("\\d{4}-\\d{2}")) {
      return deadline + "-99";
    }
    return deadline;
  }

  /** A cell of the tasks of one agency in one document. */
  static String cell(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return "";
    }
    String earliest = null;
    String earliestDue = null;
    for (Task t : tasks) {
      String s = due(t.deadline());
      if (s != null && (earliestDue == null || s.compareTo(earliestDue) < 0)) {
        earliestDue = s;
        earliest = t.deadline();
      }
    }
    return tasks.size() + (earliest == null ? "" : " (" + earliest + ")");
  }

  static void write(List<Column> columns, boolean json, boolean longForm, boolean excel, PrintWriter out)
      throws IOException {
    if (!json && excel) {
      out.print('\uFEFF');
    }
    if (longForm) {
      writeLong(columns, json, out);
      return;
    }
    // Rows: dictionary codes in the dictionary's order, then names not in it, sorted.
    Map<String, String> rows = new LinkedHashMap<>();
    AgencyDictionary dictionary = AgencyDictionary.builtIn();
    Map<String, String> names = new LinkedHashMap<>();
    for (Agency a : dictionary.agencies()) {
      names.put(a.code(), a.name());
    }
    Map<String, Map<String, List<Task>>> byKey = new LinkedHashMap<>();
    for (Column c : columns) {
      for (Task t : c.tasks()) {
        for (String k : keys(t)) {
          byKey.computeIfAbsent(k, x -> new LinkedHashMap<>()).computeIfAbsent(c.label(), x -> new ArrayList<>()).add(t);
        }
      }
    }
    for (String code : names.keySet()) {
      if (byKey.containsKey(code)) {
        rows.put(code, names.get(code));
      }
    }
    Map<String, String> unknown = new TreeMap<>();
    for (String k : byKey.keySet()) {
      if (!rows.containsKey(k) && !names.containsKey(k)) {
        unknown.put(k, k.matches("[a-z0-9_]+") ? k : "");
      }
    }
    for (Map.Entry<String, String> e : unknown.entrySet()) {
      rows.put(e.getKey(), e.getKey());
    }
    if (json) {
      ObjectNode root = DocumentJson.mapper().createObjectNode();
      ArrayNode cols = root.putArray("columns");
      columns.forEach(c -> cols.add(c.label()));
      ArrayNode list = root.putArray("rows");
      for (Map.Entry<String, String> r : rows.entrySet()) {
        ObjectNode row = list.addObject();
        boolean known = names.containsKey(r.getKey());
        row.put("agency_code", known ? r.getKey() : null);
        row.put("agency", r.getValue());
        ObjectNode cells = row.putObject("cells");
        for (Column c : columns) {
          String cell = cell(byKey.get(r.getKey()).getOrDefault(c.label(), List.of()));
          if (!cell.isEmpty()) {
            cells.put(c.label(), cell);
          }
        }
      }
      out.println(DocumentJson.pretty().writeValueAsString(root));
      return;
    }
    List<String> header = new ArrayList<>(List.of("agency_code", "agency"));
    columns.forEach(c -> header.add(c.label()));
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Map.Entry<String, String> r : rows.entrySet()) {
      boolean known = names.containsKey(r.getKey());
      List<String> row = new ArrayList<>(List.of(known ? r.getKey() : "", r.getValue()));
      for (Column c : columns) {
        row.add(cell(byKey.get(r.getKey()).getOrDefault(c.label(), List.of())));
      }
      csv.printRecord(row);
    }
    csv.flush();
  }

  private static void writeLong(List<Column> columns, boolean json, PrintWriter out) throws IOException {
    List<String> header = List.of("document", "agency", "agency_code", "role", "deadline", "deliverable", "section",
        "line");
    if (json) {
      ArrayNode list = DocumentJson.mapper().createArrayNode();
      for (Column c : columns) {
        for (Task t : c.tasks()) {
          ObjectNode o = list.addObject();
          o.put("document", c.label());
          o.put("agency", t.agency());
          o.put("agency_code", t.agencyCode());
          o.put("role", t.role());
          o.put("deadline", t.deadline());
          o.put("deliverable", t.deliverable());
          o.put("section", t.section());
          o.put("line", t.line());
        }
      }
      out.println(DocumentJson.pretty().writeValueAsString(list));
      return;
    }
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
    for (Column c : columns) {
      for (Task t : c.tasks()) {
        csv.printRecord(c.label(), t.agency(), t.agencyCode(), t.role(), t.deadline(), t.deliverable(), t.section(),
            t.line());
      }
    }
    csv.flush();
  }
}
