package io.nqx.cli;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import java.io.PrintWriter;
import java.util.List;
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
    exitCodeList = {"0:all files read", "1:some files failed", "2:usage error, or no file could be read"})
final class TextCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions global;

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

  @Mixin
  InputFiles files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> inputs = files.resolve(spec.commandLine());
    Ingestor ingestor = Ingestor.create();
    Documents documents = new Documents(err, global.debug);
    if (raw) {
      // The raw view is what the parser gave, before normalization: read it directly.
      for (Inputs.Input input : inputs) {
        try {
          String text = input.isStdin()
              ? ingestor.readRaw(Inputs.stdinStream(), input.name())
              : ingestor.readRaw(input.path());
          header(inputs, input, out);
          out.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
          documents.succeeded();
        } catch (IngestException e) {
          documents.fail(e.source(), e.getMessage(), e);
        }
      }
    } else {
      documents.forEach(inputs, ingestor, (input, text) -> {
        header(inputs, input, out);
        print(text, out);
      });
    }
    out.flush();
    return documents.exitCode();
  }

  /** With several inputs, each one's text follows a header naming it, as head(1) does. */
  private static void header(List<Inputs.Input> inputs, Inputs.Input input, PrintWriter out) {
    if (inputs.size() > 1) {
      out.println("==> " + input.name() + " <==");
    }
  }

  private void print(SourceText text, PrintWriter out) {
    for (TextLine line : text.lines()) {
      if (lineNumbers) {
        out.print(line.isEmpty() ? "" : text.position(line.start()) + "\t");
      }
      if (headings) {
        out.print(line.headingLevel() > 0 ? "#".repeat(line.headingLevel()) + " " : "");
        out.print(line.isBold() ? "* " : "");
      }
      out.println(text.lineText(line));
    }
  }
}
