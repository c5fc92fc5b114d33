package io.nqx.agencies;

import java.util.List;

/**
 * A body of the dictionary: one code across provinces ("ban_tuyen_giao_tinh_uy" is the Ban Tuyên giáo of any
 * province's Tỉnh ủy), its canonical name, the names and abbreviations documents use for it, its level and kind.
 *
 * @param level {@code trung_uong}, {@code tinh}, {@code huyen} or {@code xa}
 * @param kind {@code dang}, {@code chinh_quyen}, {@code mat_tran_doan_the} or {@code co_quan_chuyen_mon}
 */
public record Agency(String code, String name, List<String> aliases, String level, String kind) {
  public Agency {
    aliases = List.copyOf(aliases);
  }
}
