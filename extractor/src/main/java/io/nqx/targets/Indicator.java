package io.nqx.targets;

import java.util.List;

/**
 * One indicator of the taxonomy: the code to emit, its unit, its labels, and the cue phrases that name it in
 * text. A cue is a phrase ("tỷ lệ thất nghiệp chung") or parts joined by {@code ..} that must all occur
 * close together in either order ("nước sạch .. thành thị").
 */
public record Indicator(String code, String unit, String labelVi, String labelEn, List<String> cues) {
  public Indicator {
    cues = List.copyOf(cues);
  }

  /** The catch-all code for a target whose indicator is not in the taxonomy. */
  public static final String OTHER = "other";
}
