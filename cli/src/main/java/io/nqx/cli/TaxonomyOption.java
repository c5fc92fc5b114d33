package io.nqx.cli;

import io.nqx.targets.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --indicators FILE}: a taxonomy of one's own instead of the built-in one (mixed in). */
final class TaxonomyOption {
  @Option(names = "--indicators", paramLabel = "FILE",
      description = "Indicator taxonomy CSV (code,unit,label_vi,label_en,cues) to use instead of the built-in "
          + "42-NQ/TW one.")
  Path file;

  Taxonomy load(CommandLine cli) {
    if (file == null) {
      return Taxonomy.builtIn();
    }
    try {
      return Taxonomy.load(file);
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new CommandLine.ParameterException(cli,
          message.startsWith(file.toString()) ? message : file + ": " + message);
    }
  }
}
