package io.nqx.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command that writes records writes them (mixed in): standard output, or a file atomically. */
final class OutputOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically: the whole new file or the old one) instead of standard output.")
  Path output;

  /** What writes the records and counts the outcomes. */
  interface Writer {
    Runner.Counts write(PrintWriter out) throws IOException, InterruptedException;
  }

  /** Writes to standard output or to the file, and gives the exit code of what was written. */
  int write(CommandLine cli, Writer writer) throws IOException, InterruptedException {
    AtomicReference<Runner.Counts> counts = new AtomicReference<>();
    AtomicOutput.writeOrPrint(output, cli.getOut(), out -> counts.set(writer.write(out)));
    return counts.get().exitCode();
  }
}
