package io.nqx.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code nqx} command: turns Vietnamese policy documents into data. */
@Command(
    name = "nqx",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = "Turns Vietnamese policy documents (action programmes and plans implementing a Party "
        + "resolution) into data.",
    subcommands = {ExtractCommand.class, SectionsCommand.class, TextCommand.class, EvalCommand.class,
        CheckCommand.class, MatrixCommand.class, SchemaCommand.class, IndicatorsCommand.class,
        CompletionCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all files read",
        "1:some files failed (the others' results were written)",
        "2:usage error, or no file could be read",
        "3:check found differences"})
public final class Nqx implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(run(Terminal.stdout(), Terminal.stderr(), args));
  }

  /** Runs nqx with the given streams and returns the exit code (tests call this; main exits with it). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Nqx());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Failures.InternalErrorHandler());
    cli.setParameterExceptionHandler(new Failures.UsageErrorHandler());
    return cli;
  }
}
