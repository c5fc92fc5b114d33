package io.nqx.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process run of the nqx command line: its exit code, standard output and standard error. The one
 * test helper every module's tests run nqx with (the fixtures module gets it from this module's test jar).
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record CliRun(int code, String out, String err) {
  /** Runs {@code nqx ARGS...} in this JVM. */
  public static CliRun nqx(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Nqx.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
