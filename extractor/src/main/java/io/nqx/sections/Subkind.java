package io.nqx.sections;

import java.util.Locale;

/** What part of a MỤC TIÊU section a node is. */
public enum Subkind {
  /** Mục tiêu tổng quát, mục tiêu chung. */
  TONG_QUAT,
  /** Chỉ tiêu chủ yếu, mục tiêu cụ thể: where the numeric targets are. */
  CHI_TIEU,
  /** Tầm nhìn đến năm 2045. */
  TAM_NHIN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
