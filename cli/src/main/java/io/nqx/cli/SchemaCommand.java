package io.nqx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx schema}: the JSON Schema of the extract output. */
@Command(
    header = "Print the JSON Schema of the extract output.",
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the output of 'nqx extract -f json'.")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(schema());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The schema, as shipped in the jar. */
  static String schema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream("extract.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
