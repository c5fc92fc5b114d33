package io.nqx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import java.io.PrintWriter;
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
        + "(quan_diem, muc_tieu, nhiem_vu, to_chuc_thuc_hien, ...) and where each part is."},
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
        input -> pipeline.run(input.read(ingestor), Set.of(Outline.LAYER)).get(Outline.LAYER),
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

  private void printText(Outline outline, PrintWriter out) {
    out.println(outline.source());
    StringBuilder parts = new StringBuilder("  parts:");
    outline.parts().forEach((kind, id) -> parts.append(' ').append(kind.id()).append('=').append(id));
    out.println(parts);
    outline.all().filter(s -> items || !s.item()).forEach(s -> {
      String kind = s.kind().id() + (s.subkind() == null ? "" : "/" + s.subkind().id());
      String title = s.title().length() > 100 ? s.title().substring(0, 99) + "…" : s.title();
      out.printf("%s%-14s %-28s %s%s%n", "  ".repeat(s.level()), s.id(), kind, s.item() ? "· " : "", title);
    });
  }

  static ObjectNode toJson(Outline outline) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("source", outline.source());
    ObjectNode parts = doc.putObject("parts");
    for (Map.Entry<SectionKind, String> e : outline.parts().entrySet()) {
      parts.put(e.getKey().id(), e.getValue());
    }
    ArrayNode sections = doc.putArray("sections");
    outline.sections().forEach(s -> sections.add(toJson(s)));
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
