package io.nqx.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
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
    spec.commandLine().getOut().println(schema());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The schema, written from the field registries. */
  static String schema() {
    try {
      return DocumentJson.pretty().writeValueAsString(ExtractSchema.build());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
