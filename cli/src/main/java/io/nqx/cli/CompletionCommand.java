package io.nqx.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx completion}: the bash/zsh completion script picocli generates for every command and option. */
@Command(
    header = "Print the bash/zsh completion script.",
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
        "Print a bash (and zsh) completion script for nqx. Load it in the current shell with",
        "  source <(nqx completion)",
        "or install it: nqx completion > /etc/bash_completion.d/nqx"})
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("nqx", spec.commandLine().getParent()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
