package io.nqx.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.nqx.document.Doc;
import io.nqx.targets.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx report}: one self-contained HTML page to review every extraction in its text. */
@Command(
    header = "Write a review page: every target, assignment and citation highlighted in its document (one HTML file).",
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Write one self-contained HTML file (no network at view time) with a document list, each document's "
        + "text with its outline, every extraction highlighted at its span (hover or focus for its fields), a "
        + "list that scrolls to each, filters by kind, indicator and agency, the matrix of indicators by "
        + "document and the responsibilities of agencies by document. The extraction data is embedded as "
        + "<script type=\"application/json\" id=\"nqx-data\">: the extract -f json output (with tasks)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all files read", "1:some files failed (they are listed on the page, with their reason)",
        "2:usage error, or no file could be read"})
final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Mixin
  KindsOption kinds;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "nqx-report.html",
      description = "Write the page to FILE, atomically (default: ${DEFAULT-VALUE}); - for standard output.")
  String output;

  private static final class Template {
    static final Mustache PAGE;

    static {
      try (var in = ReportCommand.class.getResourceAsStream("report.mustache")) {
        PAGE = new DefaultMustacheFactory().compile(new StringReader(new String(in.readAllBytes(),
            StandardCharsets.UTF_8)), "report.mustache");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    Taxonomy tax = extraction.taxonomy.load(spec.commandLine());
    List<Batch.Outcome<Doc>> outcomes = extraction.collect(spec.commandLine(), extraction.pipeline(spec.commandLine(), tax), RecordLayer.ALL);
    AtomicOutput.Content content = out -> write(outcomes, tax, out);
    AtomicOutput.writeOrPrint(output.equals("-") ? null : Path.of(output), spec.commandLine().getOut(), content);
    return ExitCodes.forOutcomes(outcomes);
  }

  private void write(List<Batch.Outcome<Doc>> outcomes, Taxonomy tax, PrintWriter out) throws IOException {
    ArrayNode data = DocumentJson.mapper().createArrayNode();
    for (Batch.Outcome<Doc> o : outcomes) {
      data.add(DocumentJson.of(o, kinds.kinds()));
    }
    ReportModel.Page page = ReportModel.of(outcomes, kinds.kinds(), tax);
    Map<String, Object> extra = Map.of("data", scriptSafe(data), "version", VersionProvider.version());
    Template.PAGE.execute(out, Arrays.asList(page, extra));
    out.flush();
  }

  /**
   * JSON to stand inside a script element: "<", ">" and "&" written as \\u escapes, so that no text of a
   * document ("</script><script>...") can end the element; U+2028 and U+2029 too, for older parsers.
   */
  static String scriptSafe(Object json) throws IOException {
    ObjectMapper mapper = DocumentJson.mapper().copy();
    mapper.getFactory().setCharacterEscapes(new HtmlSafe());
    mapper.disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(json);
  }

  private static final class HtmlSafe extends CharacterEscapes {
    private final int[] ascii;

    HtmlSafe() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
