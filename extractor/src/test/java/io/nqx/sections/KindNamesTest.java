package io.nqx.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "MỤC ĐÍCH, YÊU CẦU | MUC_DICH_YEU_CAU",
      "Mục đích | MUC_DICH_YEU_CAU",
      "TÌNH HÌNH CHUNG | TINH_HINH",
      "Kết quả thực hiện Nghị quyết 15 | TINH_HINH",
      "QUAN ĐIỂM CHỈ ĐẠO | QUAN_DIEM",
      "quan diem | QUAN_DIEM",
      "QUAN  ĐIỂM | QUAN_DIEM",
      "QUAN ĐIỂN | QUAN_DIEM",
      "MỤC TIÊU, CHỈ TIÊU | MUC_TIEU",
      "MUC TIEU DEN NAM 2030 | MUC_TIEU",
      "Các chỉ tiêu chủ yếu đến năm 2030 | MUC_TIEU",
      "Tầm nhìn đến năm 2045 | MUC_TIEU",
      "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU | NHIEM_VU",
      "NHIỆM VỤ, GIẢI PHÁP | NHIEM_VU",
      "Nhiệm vụ cụ thể | NHIEM_VU",
      "NỘI DUNG THỰC HIỆN | NHIEM_VU",
      "Giải pháp chủ yếu | NHIEM_VU",
      "TỔ CHỨC THỰC HIỆN | TO_CHUC_THUC_HIEN",
      "Tổ chức thực hiên | TO_CHUC_THUC_HIEN",
      "TO CHUC THUC HIEN | TO_CHUC_THUC_HIEN",
      "PHÂN CÔNG NHIỆM VỤ | TO_CHUC_THUC_HIEN",
      "Phân công nhiệm vụ thực hiện | TO_CHUC_THUC_HIEN",
      "TRÁCH NHIỆM THỰC HIỆN | TO_CHUC_THUC_HIEN",
      "Trách nhiệm của các cơ quan, đơn vị | TO_CHUC_THUC_HIEN",
      "PHỤ LỤC | ANNEX"})
  void aTitleNamesItsPart(String title, SectionKind kind) {
    assertThat(KindNames.of(title).kinds()).containsExactly(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "QUAN ĐIỂM, MỤC TIÊU | QUAN_DIEM MUC_TIEU",
      "Quan điểm và mục tiêu | QUAN_DIEM MUC_TIEU",
      "MỤC TIÊU; NHIỆM VỤ | MUC_TIEU NHIEM_VU"})
  void aCombinedTitleNamesEachPart(String title, String kinds) {
    List<SectionKind> expected = java.util.Arrays.stream(kinds.split(" ")).map(SectionKind::valueOf).toList();
    assertThat(KindNames.of(title).kinds()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Mục tiêu tổng quát đến năm 2030 | TONG_QUAT",
      "MỤC TIÊU CHUNG | TONG_QUAT",
      "Mục tiêu cụ thể | CHI_TIEU",
      "Các chỉ tiêu chủ yếu đến năm 2030 | CHI_TIEU",
      "Một số chỉ tiêu cụ thể | CHI_TIEU",
      "Tầm nhìn đến năm 2045 | TAM_NHIN",
      "TAM NHIN DEN NAM 2045 | TAM_NHIN"})
  void aGoalTitleNamesItsSubkind(String title, Subkind subkind) {
    assertThat(KindNames.of(title).subkind()).isEqualTo(subkind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Nâng cao nhận thức về vị trí, vai trò của chính sách xã hội",
      "Đảng uỷ các cơ quan Đảng tỉnh lãnh đạo, chỉ đạo",
      "Chi tiết tại Phụ lục kèm theo",
      "Về nhà ở",
      "Đẩy mạnh thực hiện các mục tiêu"})
  void otherTitlesNameNoPart(String title) {
    assertThat(KindNames.of(title).kinds()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"MỤC TIÊU, CHỈ TIÊU", "MỤC TIÊU ĐẾN NĂM 2030"})
  void aGeneralGoalTitleNamesNoSubkind(String title) {
    assertThat(KindNames.of(title).subkind()).isNull();
  }
}
