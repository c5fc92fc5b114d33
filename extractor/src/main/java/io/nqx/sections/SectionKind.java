package io.nqx.sections;

import java.util.Locale;

/** The canonical parts of a programme or plan, and the matter around them. */
public enum SectionKind {
  FRONT_MATTER,
  MUC_DICH_YEU_CAU,
  TINH_HINH,
  QUAN_DIEM,
  MUC_TIEU,
  NHIEM_VU,
  TO_CHUC_THUC_HIEN,
  BACK_MATTER,
  ANNEX,
  OTHER;

  /** The name used in output: {@code muc_tieu}, {@code front_matter}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
