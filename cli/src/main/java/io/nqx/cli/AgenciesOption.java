package io.nqx.cli;

import io.nqx.agencies.AgencyDictionary;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --agencies FILE}: an agency dictionary of one's own instead of the built-in one (mixed in). */
final class AgenciesOption {
  @Option(names = "--agencies", paramLabel = "FILE",
      description = "Agency dictionary CSV (code,name,aliases,level,kind) to name assignments' bodies by, instead "
          + "of the built-in one.")
  Path file;

  AgencyDictionary load(CommandLine cli) {
    if (file == null) {
      return AgencyDictionary.builtIn();
    }
    try {
      return AgencyDictionary.load(file);
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new CommandLine.ParameterException(cli,
          message.startsWith(file.toString()) ? message : file + ": " + message);
    }
  }
}
