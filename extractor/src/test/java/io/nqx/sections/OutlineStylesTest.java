package io.nqx.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.nqx.ingest.Ingestor;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Outline styles beyond the Roman-numbered programme, on documents written for the test. */
class OutlineStylesTest {
  private static final String FRONT = "TỈNH ỦY AN BÌNH\n\nSố: 12-CTr/TU\n\n*An Bình, ngày 10 tháng 4 năm 2024*\n\n"
      + "CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện Nghị quyết số 42-NQ/TW\n\n";
  private static final String BACK = "\nNơi nhận:\n- Như trên;\n- Lưu VPTU.\n";

  private static Outline outline(String body) throws Exception {
    return SectionParser.parse(Ingestor.create().read((FRONT + body + BACK).getBytes(StandardCharsets.UTF_8), "t.md"));
  }

  @Test
  void lettersWithADashOverRomanParts() throws Exception {
    Outline o = outline("**A- TÌNH HÌNH VÀ NGUYÊN NHÂN**\n\nNăm 2023 tỷ lệ hộ nghèo còn 1,2%.\n\n"
        + "**B- ĐỊNH HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP**\n\n**I- QUAN ĐIỂM**\n\nNội dung.\n\n**II- MỤC TIÊU**\n\n"
        + "1. Mục tiêu tổng quát\n\nNội dung.\n\n2. Chỉ tiêu chủ yếu đến năm 2030\n\n- Tỷ lệ hộ nghèo giảm 1%/năm.\n\n"
        + "**III- NHIỆM VỤ VÀ GIẢI PHÁP**\n\nNội dung.\n\n**C – TỔ CHỨC THỰC HIỆN**\n\n1. Ban Tuyên giáo Tỉnh ủy "
        + "chủ trì hướng dẫn học tập.\n");
    assertThat(o.all().filter(s -> !s.item())).extracting(Section::id, Section::kind).containsExactly(
        tuple("front_matter", SectionKind.FRONT_MATTER), tuple("A", SectionKind.TINH_HINH),
        tuple("B", SectionKind.OTHER), tuple("B.I", SectionKind.QUAN_DIEM), tuple("B.II", SectionKind.MUC_TIEU),
        tuple("B.II.1", SectionKind.MUC_TIEU), tuple("B.II.2", SectionKind.MUC_TIEU),
        tuple("B.III", SectionKind.NHIEM_VU), tuple("C", SectionKind.TO_CHUC_THUC_HIEN),
        tuple("back_matter", SectionKind.BACK_MATTER));
    assertThat(o.find("B.II.2").orElseThrow().subkind()).isEqualTo(Subkind.CHI_TIEU);
    assertThat(o.find("C.1").orElseThrow().item()).isTrue();
  }

  @Test
  void aLetterAndDashInRunningTextIsNoHeading() throws Exception {
    Outline o = outline("I. NHIỆM VỤ\n\nA-Lưới là huyện miền núi.\n\nB-52 là tên máy bay.\n");
    assertThat(o.all()).extracting(Section::id).containsExactly("front_matter", "I", "back_matter");
  }

  @Test
  void partsOfTheirOwnAndPartsReadFromTheirChildren() throws Exception {
    Outline o = outline("I. PHẠM VI, ĐỐI TƯỢNG\n\nCác hộ nghèo.\n\nII. NỘI DUNG TRỌNG TÂM\n\n1. Mục tiêu\n\nNội dung.\n\n"
        + "2. Nhiệm vụ\n\nNội dung.\n\nIII. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế chủ trì.\n\nIV. KINH PHÍ THỰC HIỆN\n\n"
        + "Ngân sách tỉnh.\n\nV. TỔ CHỨC THỰC HIỆN\n\nNội dung.\n");
    assertThat(o.all().filter(s -> !s.item())).extracting(Section::id, Section::kind).containsExactly(
        tuple("front_matter", SectionKind.FRONT_MATTER), tuple("I", SectionKind.PHAM_VI), tuple("II", SectionKind.OTHER),
        tuple("II.1", SectionKind.MUC_TIEU), tuple("II.2", SectionKind.NHIEM_VU), tuple("III", SectionKind.NHIEM_VU),
        tuple("IV", SectionKind.KINH_PHI), tuple("V", SectionKind.TO_CHUC_THUC_HIEN),
        tuple("back_matter", SectionKind.BACK_MATTER));
  }

  @Test
  void phanCongNhiemVuAssignsUnlessATochucThucHienPartFollows() throws Exception {
    Outline alone = outline("I. MỤC TIÊU\n\nNội dung.\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế chủ trì.\n");
    assertThat(alone.find("II").orElseThrow().kind()).isEqualTo(SectionKind.TO_CHUC_THUC_HIEN);
    Outline followed = outline("I. MỤC TIÊU\n\nNội dung.\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n1. Sở Y tế chủ trì.\n\n"
        + "III. TRÁCH NHIỆM THỰC HIỆN\n\nNội dung.\n");
    assertThat(followed.find("II").orElseThrow().kind()).isEqualTo(SectionKind.NHIEM_VU);
    assertThat(followed.find("III").orElseThrow().kind()).isEqualTo(SectionKind.TO_CHUC_THUC_HIEN);
  }

  @Test
  void aResolutionWhoseArticlesHoldItsParts() throws Exception {
    String text = "QUỐC HỘI\n\nNghị quyết số: 25/2025/QH15\n\nNGHỊ QUYẾT\n\nVỀ KẾ HOẠCH 5 NĂM 2026 - 2030\n\n"
        + "QUỐC HỘI\n\nCăn cứ Hiến pháp;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mục tiêu tổng quát\n\nPhát triển nhanh.\n\n"
        + "Điều 2. Các chỉ tiêu chủ yếu\n\n1. Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%.\n\n"
        + "Điều 3. Nhiệm vụ, giải pháp chủ yếu\n\n1. Hoàn thiện thể chế.\n\nĐiều 4. Tổ chức thực hiện\n\n"
        + "1. Chính phủ tổ chức thực hiện Nghị quyết này.\n";
    Outline o = SectionParser.parse(Ingestor.create().read(text.getBytes(StandardCharsets.UTF_8), "qh.md"));
    assertThat(o.all().filter(s -> !s.item())).extracting(Section::id, Section::kind, Section::subkind)
        .containsExactly(tuple("front_matter", SectionKind.FRONT_MATTER, null),
            tuple("Điều 1", SectionKind.MUC_TIEU, Subkind.TONG_QUAT),
            tuple("Điều 2", SectionKind.MUC_TIEU, Subkind.CHI_TIEU), tuple("Điều 3", SectionKind.NHIEM_VU, null),
            tuple("Điều 4", SectionKind.TO_CHUC_THUC_HIEN, null));
  }
}
