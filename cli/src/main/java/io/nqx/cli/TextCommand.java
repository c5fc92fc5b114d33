package io.nqx.cli;

import io.nqx.document.Doc;
import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import io.nqx.tables.Table;
import io.nqx.tables.Tables;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx text}: prints the normalized text, the view to debug a number that was missed. */
@Command(
    header = "Print the normalized text that the extraction rules see.",
    name = "text",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Print the normalized text of each document: what the extraction rules see. "
        + "Unicode NFC, plain spaces, Markdown and HTML markup removed, wrapped lines joined."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (the others were printed)",
        "2:usage error, or no file could be read"})
final class TextCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-n", "--line-numbers"},
      description = "Prefix each line with the source line it starts on (LINE:COLUMN).")
  boolean lineNumbers;

  @Option(names = "--raw",
      description = "Print the text as the format's parser gave it, before normalization "
          + "(the lines that -n and error positions count).")
  boolean raw;

  @Option(names = "--headings",
      description = "Mark lines that markup made headings with '#' and bold lines with '*'.")
  boolean headings;

  @Option(names = "--tables",
      description = "Print each document's tables as grids (merged cells: '<' covered from the left, '^' from "
          + "above), with the lines and the section each stands in, instead of the text.")
  boolean tables;

  @Mixin
  ReadOptions read;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Inputs.Input> inputs = read.inputs(spec.commandLine());
    Ingestor ingestor = read.ingestor();
    // The raw view is what the parser gave, before normalization: read it directly.
    Pipeline pipeline = StandardPipeline.create();
    Batch.Task<String> task = raw
        ? input -> withNewline(input.readRaw(ingestor))
        : tables
            ? input -> tables(pipeline.run(input.read(ingestor), Set.of(Tables.LAYER, Outline.LAYER)))
            : input -> render(input.read(ingestor));
    Runner.Counts counts = Runner.run(inputs, read.batch, spec.commandLine().getErr(), read.global.debug, task,
        outcome -> {
          if (!outcome.failed()) {
            if (inputs.size() > 1) {
              // With several inputs, each one's text follows a header naming it, as head(1) does.
              out.println("==> " + outcome.input().name() + " <==");
            }
            out.print(outcome.result());
          }
        });
    out.flush();
    return counts.exitCode();
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") || text.isEmpty() ? text : text + "\n";
  }

  private static String tables(Doc doc) {
    StringBuilder out = new StringBuilder();
    for (Table t : doc.get(Tables.LAYER).all()) {
      out.append(TableGrid.title(t, doc.text(), doc.get(Outline.LAYER))).append(System.lineSeparator());
      out.append(TableGrid.draw(t)).append(System.lineSeparator());
    }
    return out.toString();
  }

  private String render(SourceText text) {
    StringBuilder out = new StringBuilder();
    for (TextLine line : text.lines()) {
      if (lineNumbers) {
        out.append(line.isEmpty() ? "" : text.position(line.start()) + "\t");
      }
      if (headings) {
        out.append(line.headingLevel() > 0 ? "#".repeat(line.headingLevel()) + " " : "");
        out.append(line.isBold() ? "* " : "");
      }
      out.append(text.lineText(line)).append(System.lineSeparator());
    }
    return out.toString();
  }
}
