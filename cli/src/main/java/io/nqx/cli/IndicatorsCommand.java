package io.nqx.cli;

import io.nqx.targets.Indicator;
import io.nqx.targets.Taxonomy;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx indicators}: the taxonomy in use. */
@Command(
    header = "List the indicator taxonomy in use.",
    name = "indicators",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the indicator taxonomy in use: the built-in one, or the file given with --indicators.")
final class IndicatorsCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format { text, csv }

  @Spec
  CommandSpec spec;

  @Mixin
  TaxonomyOption taxonomy;

  @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv is the input format.")
  Format format;

  @Override
  public Integer call() throws Exception {
    Taxonomy t = taxonomy.load(spec.commandLine());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.csv) {
      CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
          .setHeader("code", "unit", "label_vi", "label_en", "cues").get());
      for (Indicator i : t.indicators()) {
        csv.printRecord(i.code(), i.unit(), i.labelVi(), i.labelEn(), String.join("|", i.cues()));
      }
      csv.flush();
    } else {
      out.printf("%d indicators (%s)%n", t.indicators().size(), t.source());
      for (Indicator i : t.indicators()) {
        out.printf("%-40s %-26s %s%n", i.code(), i.unit().isEmpty() ? "-" : i.unit(), i.labelVi());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
