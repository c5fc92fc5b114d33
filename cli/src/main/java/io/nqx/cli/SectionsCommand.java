package io.nqx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Doc;
import io.nqx.document.Pipeline;
import io.nqx.facts.DocumentInfo;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.tables.Table;
import io.nqx.tables.TableView;
import io.nqx.tables.Tables;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx sections}: the outline of each document and where its canonical parts are. */
@Command(
    header = "Print the outline of each document and where its canonical parts are.",
    name = "sections",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Print each document's sections: every heading nested by its numbering, with its canonical kind "
        + "(quan_diem, muc_tieu, nhiem_vu, to_chuc_thuc_hien, ...) and where each part is; and each table "
        + "under the section it stands in, with its size, its lines, what it holds (targets, tasks or other) "
        + "and its header."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others were printed)",
        "2:usage error, or no file could be read"})
final class SectionsCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, json }

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--items", description = "In text output, also list numbered paragraphs (items).")
  boolean items;

  @Mixin
  ReadOptions read;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Ingestor ingestor = read.ingestor();
    Pipeline pipeline = StandardPipeline.create();
    JsonArrayOutput json = format == Format.json ? new JsonArrayOutput(out) : null;
    Runner.Counts counts = read.run(spec.commandLine(),
        input -> pipeline.run(input.read(ingestor), Set.of(Outline.LAYER, Tables.LAYER, DocumentInfo.LAYER)),
        outcome -> {
          if (outcome.failed()) {
            return;
          }
          if (json != null) {
            json.write(toJson(outcome.result()));
          } else {
            printText(outcome.result(), out);
          }
        });
    if (json != null) {
      json.finish();
    }
    out.flush();
    return counts.exitCode();
  }

  private void printText(Doc doc, PrintWriter out) {
    Outline outline = doc.get(Outline.LAYER);
    out.println(outline.source());
    StringBuilder parts = new StringBuilder("  parts:");
    outline.parts().forEach((kind, id) -> parts.append(' ').append(kind.id()).append('=').append(id));
    out.println(parts);
    List<Table> tables = doc.get(Tables.LAYER).all();
    Integer year = doc.get(DocumentInfo.LAYER).year();
    List<Table> placed = new ArrayList<>();
    outline.all().filter(s -> items || !s.item()).forEach(s -> {
      String kind = s.kind().id() + (s.subkind() == null ? "" : "/" + s.subkind().id());
      out.printf("%s%-14s %-28s %s%s%n", "  ".repeat(s.level()), s.id(), kind, s.item() ? "· " : "",
          shorten(s.title(), 100));
      for (Table t : tables) {
        if (!placed.contains(t) && shownSection(outline, t).filter(s::equals).isPresent()) {
          placed.add(t);
          out.printf("%s%s%n", "  ".repeat(s.level() + 1), tableLine(doc, t, year));
        }
      }
    });
    for (Table t : tables) {
      if (!placed.contains(t)) {
        out.printf("  %s%n", tableLine(doc, t, year)); // before the first heading
      }
    }
  }

  /** The section a table is listed under: the innermost one the listing shows. */
  private java.util.Optional<Section> shownSection(Outline outline, Table t) {
    List<Section> path = outline.path(t.range().start());
    for (int i = path.size() - 1; i >= 0; i--) {
      if (items || !path.get(i).item()) {
        return java.util.Optional.of(path.get(i));
      }
    }
    return java.util.Optional.empty();
  }

  private static String tableLine(Doc doc, Table t, Integer year) {
    List<String> header = new ArrayList<>();
    for (int c = 0; c < t.columnCount(); c++) {
      String h = t.header(c);
      if (!h.isEmpty() && (header.isEmpty() || !header.get(header.size() - 1).equals(h))) {
        header.add(h);
      }
    }
    return String.format("table %d (%s, %d rows x %d columns, lines %d-%d, %s): %s", t.number(),
        TableView.of(t, year).kind().name().toLowerCase(java.util.Locale.ROOT), t.rowCount(), t.columnCount(),
        doc.text().position(t.range().start()).line(),
        doc.text().position(Math.max(t.range().start(), t.range().end() - 1)).line(), t.layout().id(),
        shorten(String.join(" | ", header), 100));
  }

  private static String shorten(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }

  static ObjectNode toJson(Doc d) {
    Outline outline = d.get(Outline.LAYER);
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("source", outline.source());
    ObjectNode parts = doc.putObject("parts");
    for (Map.Entry<SectionKind, String> e : outline.parts().entrySet()) {
      parts.put(e.getKey().id(), e.getValue());
    }
    ArrayNode sections = doc.putArray("sections");
    outline.sections().forEach(s -> sections.add(toJson(s)));
    ArrayNode tables = doc.putArray("tables");
    Integer year = d.get(DocumentInfo.LAYER).year();
    for (Table t : d.get(Tables.LAYER).all()) {
      ObjectNode node = tables.addObject();
      List<Section> path = outline.path(t.range().start());
      node.put("number", t.number());
      node.put("section", path.isEmpty() ? null : path.get(path.size() - 1).id());
      node.put("kind", TableView.of(t, year).kind().name().toLowerCase(java.util.Locale.ROOT));
      node.put("layout", t.layout().id());
      node.put("rows", t.rowCount());
      node.put("columns", t.columnCount());
      node.put("header_rows", t.headerRows());
      node.put("line", d.text().position(t.range().start()).line());
      node.put("end_line", d.text().position(Math.max(t.range().start(), t.range().end() - 1)).line());
      node.put("start", t.range().start());
      node.put("end", t.range().end());
      ArrayNode header = node.putArray("header");
      for (int c = 0; c < t.columnCount(); c++) {
        header.add(t.header(c));
      }
    }
    return doc;
  }

  private static JsonNode toJson(Section s) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", s.id());
    node.put("number", s.number());
    node.put("title", s.title());
    node.put("kind", s.kind().id());
    node.put("subkind", s.subkind() == null ? null : s.subkind().id());
    node.put("level", s.level());
    node.put("line", s.line());
    node.put("start", s.start());
    node.put("end", s.end());
    node.put("item", s.item());
    ArrayNode children = node.putArray("children");
    s.children().forEach(c -> children.add(toJson(c)));
    return node;
  }
}
