package io.nqx.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Parameters;

/** The FILE parameters every reading command takes (mixed in): files, directories, '-' for standard input. */
final class InputFiles {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files or directories to read (directories recursively); '-' reads standard input.")
  List<String> files;

  /**
   * The documents to read, with include and exclude globs for directories; a usage error when directories hold
   * no supported file.
   */
  List<Inputs.Input> resolve(CommandLine cli, List<String> include, List<String> exclude) {
    List<Inputs.Input> inputs = Inputs.resolve(files, include, exclude);
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(cli, "no supported files found in " + String.join(" ", files));
    }
    return inputs;
  }
}
