package io.nqx.eval;

import java.util.List;

/**
 * One gold assignment, as fixtures/gold/TASKS.md defines its fields (those evaluation reads).
 *
 * @param status "sure" or "borderline"; borderline records count neither way
 */
public record GoldTask(String doc, int line, String section, String agency, String role, String directs,
    List<String> coAgencies, String deadline, String deliverable, String status) {
  public GoldTask {
    coAgencies = List.copyOf(coAgencies);
  }

  public boolean isBorderline() {
    return "borderline".equals(status);
  }
}
