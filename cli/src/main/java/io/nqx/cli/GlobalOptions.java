package io.nqx.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes, mixed in with {@code @Mixin}. */
final class GlobalOptions {
  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;
}
