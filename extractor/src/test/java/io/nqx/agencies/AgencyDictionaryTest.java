package io.nqx.agencies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names as provinces write them, and the one code each gets. */
class AgencyDictionaryTest {
  private static final AgencyDictionary DICTIONARY = AgencyDictionary.builtIn();

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Ủy ban nhân dân tỉnh|ubnd_tinh", "UBND tỉnh|ubnd_tinh", "Uỷ ban nhân dân tỉnh Lào Cai|ubnd_tinh",
      "UBND thành phố Cần Thơ|ubnd_tinh", "uy ban nhan dan tinh|ubnd_tinh",
      "Ban Tuyên giáo Tỉnh uỷ|ban_tuyen_giao_tinh_uy", "**Ban Tuyên giáo Tỉnh ủy**|ban_tuyen_giao_tinh_uy",
      "Ban Tuyên giáo và Dân vận Tỉnh ủy|ban_tuyen_giao_va_dan_van_tinh_uy",
      "Đảng ủy UBND tỉnh|dang_uy_ubnd_tinh", "Ban cán sự đảng UBND tỉnh|ban_can_su_dang_ubnd_tinh",
      "Đảng đoàn HĐND tỉnh|dang_doan_hdnd_tinh", "HĐND tỉnh|hdnd_tinh",
      "Sở LĐ-TB&XH|so_lao_dong_thuong_binh_va_xa_hoi",
      "Sở Lao động - Thương binh và Xã hội|so_lao_dong_thuong_binh_va_xa_hoi",
      "Sở Lao động-Thương binh và Xã hội tỉnh Hà Giang|so_lao_dong_thuong_binh_va_xa_hoi",
      "Sở KH&CN|so_khoa_hoc_va_cong_nghe", "Sở Khoa học và Công nghệ|so_khoa_hoc_va_cong_nghe",
      "Bộ TT&TT|bo_thong_tin_va_truyen_thong", "Ủy ban MTTQ Việt Nam tỉnh|uy_ban_mttq_tinh",
      "UBMTTQ tỉnh|uy_ban_mttq_tinh", "các sở, ban, ngành|so_ban_nganh", "Sở, ban, ngành liên quan|so_ban_nganh",
      "UBND các huyện, thị xã, thành phố|ubnd_cap_huyen", "Ủy ban nhân dân 04 xã biên giới|ubnd_cap_xa",
      "các cơ quan, đơn vị liên quan|co_quan_don_vi_lien_quan", "Các cấp uỷ, tổ chức Đảng|cap_uy_to_chuc_dang",
      "các tổ chức chính trị - xã hội|to_chuc_chinh_tri_xa_hoi", "Sở Y tế, Sở Tài chính|so_y_te+so_tai_chinh",
      "Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh|uy_ban_mttq_tinh+to_chuc_chinh_tri_xa_hoi",
      "Bộ Công an; Bộ Quốc phòng|bo_cong_an+bo_quoc_phong"})
  void aNameHasItsCode(String name, String code) {
    assertThat(DICTIONARY.code(name)).isEqualTo(code);
  }

  @Test
  void anUnknownBodyHasNoCode() {
    assertThat(DICTIONARY.code("Hợp tác xã Nông nghiệp Bản Lầu")).isNull();
    assertThat(DICTIONARY.code(null)).isNull();
    assertThat(DICTIONARY.match("Ban")).isEmpty();
  }

  @Test
  void everyEntryHasALevelAndAKindAndItsOwnNamesMatchIt() {
    for (Agency a : DICTIONARY.agencies()) {
      assertThat(DICTIONARY.match(a.name())).as(a.name()).contains(a);
    }
    assertThat(DICTIONARY.agencies()).hasSizeGreaterThan(100);
  }

  @Test
  void aDictionaryOfOnesOwnAndItsErrors() throws IOException {
    Path ok = Files.writeString(dir.resolve("a.csv"), "code,name,aliases,level,kind\n"
        + "so_y_te,Sở Y tế,SYT,tinh,co_quan_chuyen_mon\n");
    assertThat(AgencyDictionary.load(ok).code("SYT")).isEqualTo("so_y_te");
    Path bad = Files.writeString(dir.resolve("b.csv"), "code,name,aliases,level,kind\nSo Y Te,Sở Y tế,,tinh,x\n");
    assertThatThrownBy(() -> AgencyDictionary.load(bad)).isInstanceOf(IOException.class)
        .hasMessage(bad + ": not an agency CSV (code,name,aliases,level,kind): row 1: code 'So Y Te' is not snake_case");
  }
}
