package io.nqx.cli;

import io.nqx.ingest.Ingestor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:all files read",
        "1:some files failed (the others' results were written)",
        "2:usage error, or no file could be read",
        "3:check found differences"})
public final class Nqx implements Runnable {
  /**
   * The subcommands, in the order help lists them. Not in the annotation: picocli reflects over every
   * subcommand it is given (their options, mixins, and every type their signatures name, Jackson's among
   * them), which was a third of a .txt extraction's start-up. {@link #commandLine} registers only the
   * one a command line names, and all of them when it names none or asks for help or completion.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(ExtractCommand.class, TasksCommand.class, CitesCommand.class,
      ReportCommand.class, ServeCommand.class, SectionsCommand.class,
      TextCommand.class, EvalCommand.class, CheckCommand.class, MatrixCommand.class, SchemaCommand.class,
      IndicatorsCommand.class, CompletionCommand.class, CommandLine.HelpCommand.class);
  /** Subcommands that need their siblings registered: help describes them, completion lists them. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion");
  private static final Set<String> VERSION = Set.of("-V", "--version");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    // The first file's detection needs Tika's type registry, read from XML: the second core reads it while
    // this one builds the command line (measured: 0.03-0.07 s off a one-file run).
    Thread preload = new Thread(Ingestor::preload, "nqx-preload");
    preload.setDaemon(true);
    preload.start();
    System.exit(run(Terminal.stdout(), Terminal.stderr(), args));
  }

  /** Runs nqx with the given streams and returns the exit code (tests call this; main exits with it). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(out, err, args);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command line with every subcommand registered (for help, completion and the launcher's table). */
  static CommandLine fullCommandLine() {
    return commandLine(new PrintWriter(System.out), new PrintWriter(System.err), "help");
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Nqx());
    String first = args.length > 0 ? args[0] : "";
    boolean named = SUBCOMMANDS.stream().anyMatch(c -> nameOf(c).equals(first));
    for (Class<?> command : SUBCOMMANDS) {
      String name = nameOf(command);
      if (!VERSION.contains(first) && (!named || NEED_ALL.contains(first) || name.equals(first))) {
        cli.addSubcommand(name, command);
      }
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new Failures.InternalErrorHandler());
    cli.setParameterExceptionHandler(new Failures.UsageErrorHandler());
    return cli;
  }
}
