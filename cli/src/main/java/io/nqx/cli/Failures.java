package io.nqx.cli;

import io.nqx.ingest.IngestException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParseResult;

/** How nqx reports failures: one line {@code nqx: WHAT: WHY} on stderr, a stack trace only with --debug. */
final class Failures {
  private Failures() {}

  /** Reports that one input failed; the caller goes on with the others. */
  static void reportFile(PrintWriter err, String source, String reason, Throwable cause, boolean debug) {
    err.println("nqx: " + source + ": " + reason);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** What a user reads about a file that could not be read: the library's reason, and the flag that helps. */
  static String reason(IngestException e) {
    return e.reason() == IngestException.Reason.TOO_LARGE ? e.getMessage() + "; raise it with --max-size"
        : e.getMessage();
  }

  static boolean debugRequested(ParseResult parseResult) {
    for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** A bug or an unexpected environment failure: one line, exit 2; the stack trace with --debug. */
  static final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
      PrintWriter err = cli.getErr();
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      err.println("nqx: error: " + message.replaceAll("\\s+", " ").trim());
      if (debugRequested(parseResult)) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(trace);
      } else {
        err.println("nqx: run with --debug for details");
      }
      err.flush();
      return ExitCodes.USAGE_OR_NOTHING_READ;
    }
  }

  /** A usage error: the message and a hint, exit 2. */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine cli = e.getCommandLine();
      PrintWriter err = cli.getErr();
      err.println("nqx: " + e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      err.flush();
      return ExitCodes.USAGE_OR_NOTHING_READ;
    }
  }
}
