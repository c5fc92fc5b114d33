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
  /** "KINH PHÍ THỰC HIỆN": where the money comes from. */
  KINH_PHI,
  /** "PHẠM VI, ĐỐI TƯỢNG": whom and what the document covers. */
  PHAM_VI,
  BACK_MATTER,
  ANNEX,
  OTHER;

  /** The name used in output: {@code muc_tieu}, {@code front_matter}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
