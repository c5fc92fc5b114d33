package io.nqx.cli;

import java.util.List;

/** The exit codes nqx returns; listed in {@code nqx --help} and the README. */
final class ExitCodes {
  private ExitCodes() {}

  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE_OR_NOTHING_READ = 2;
  static final int DIFFERENCES = 3;

  /** 0 when nothing failed, 2 when nothing succeeded, 1 when some files failed and others did not. */
  static int forBatch(int succeeded, int failed) {
    if (failed == 0) {
      return OK;
    }
    return succeeded == 0 ? USAGE_OR_NOTHING_READ : SOME_FAILED;
  }

  /** The exit code of a batch from its outcomes. */
  static int forOutcomes(List<? extends Batch.Outcome<?>> outcomes) {
    int failed = (int) outcomes.stream().filter(Batch.Outcome::failed).count();
    return forBatch(outcomes.size() - failed, failed);
  }
}
