package io.nqx.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Writes, for the launcher, one line per subcommand: its name, then every name of its options that take a
 * value ("extract -f --format -o --output -j --jobs ..."), and "@service" after the name of a command that
 * runs until stopped ({@link LongRunning}: nqx serve). Run at build time from picocli's model of the
 * commands, so that bin/nqx counts a command line's inputs by the same grammar nqx parses it with, instead of
 * guessing which arguments are option values.
 */
public final class LaunchOptions {
  private LaunchOptions() {}

  static String table() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, CommandLine> e : Nqx.fullCommandLine().getSubcommands().entrySet()) {
      List<String> names = new ArrayList<>();
      for (OptionSpec option : e.getValue().getCommandSpec().options()) {
        if (option.arity().max() > 0) {
          names.addAll(List.of(option.names()));
        }
      }
      out.append(e.getKey());
      if (e.getValue().getCommand() instanceof LongRunning) {
        out.append(" @service");
      }
      names.forEach(n -> out.append(' ').append(n));
      out.append('\n');
    }
    return out.toString();
  }

  /** Writes the table to the file named by the only argument, atomically (the launcher may read it meanwhile). */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, table(), StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
