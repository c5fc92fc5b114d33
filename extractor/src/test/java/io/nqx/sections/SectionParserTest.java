package io.nqx.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectionParserTest {
  private static final String FRONT = "ĐẢNG BỘ TỈNH AN BÌNH\nSố 45-CTr/TU\nAn Bình, ngày 12 tháng 3 năm 2024\n\n"
      + "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023\n\n";
  private static final String BACK = "\nNơi nhận:\n- Ban Bí thư (báo cáo),\n- Lưu Văn phòng Tỉnh ủy.\n\n"
      + "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Văn Bình\n";

  private static Outline outline(String text) throws Exception {
    SourceText source = Ingestor.create().read(text.getBytes(StandardCharsets.UTF_8), "test.md");
    return SectionParser.parse(source);
  }

  private static List<String> ids(Outline outline) {
    return outline.all().map(Section::id).toList();
  }

  private static Map<String, String> parts(Outline outline) {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    outline.parts().forEach((k, v) -> out.put(k.id(), v));
    return out;
  }

  @Test
  void nestingFollowsTheNumberingNotTheMarkdownLevels() throws Exception {
    Outline o = outline(FRONT
        + "## **II- QUAN ĐIỂM, MỤC TIÊU**\n\n### **1. Quan điểm**\n\nNội dung.\n\n### **2. Mục tiêu**\n\n"
        + "#### ***2.1. Mục tiêu tổng quát***\n\nNội dung.\n\n## **2.2. Các chỉ tiêu chủ yếu đến năm 2030**\n\n"
        + "- Tỷ lệ hộ nghèo giảm 1%/năm.\n\n#### **IV- TỔ CHỨC THỰC HIỆN**\n\nNội dung." + BACK);
    assertThat(o.sections()).extracting(Section::id).containsExactly("front_matter", "II", "IV", "back_matter");
    assertThat(ids(o)).containsExactly("front_matter", "II", "II.1", "II.2", "II.2.1", "II.2.2", "IV", "back_matter");
    Section goals = o.find("II.2.2").orElseThrow();
    assertThat(goals.level()).isEqualTo(3);
    assertThat(goals.number()).isEqualTo("2.2");
    assertThat(goals.kind()).isEqualTo(SectionKind.MUC_TIEU);
    assertThat(goals.subkind()).isEqualTo(Subkind.CHI_TIEU);
    assertThat(parts(o)).containsExactly(Map.entry("front_matter", "front_matter"), Map.entry("quan_diem", "II.1"),
        Map.entry("muc_tieu", "II.2"), Map.entry("to_chuc_thuc_hien", "IV"), Map.entry("back_matter", "back_matter"));
  }

  @Test
  void gapsInTheNumberingAreKept() throws Exception {
    Outline o = outline(FRONT + "III. NHIỆM VỤ\n\n1. Một\n\n2. Hai\n\n3. Ba\n\n5. Năm\n\nIV. TỔ CHỨC THỰC HIỆN\n" + BACK);
    assertThat(o.find("III").orElseThrow().children()).extracting(Section::id)
        .containsExactly("III.1", "III.2", "III.3", "III.5");
  }

  @Test
  void aHeadingSplitByAConversionIsOneHeading() throws Exception {
    Outline o = outline(FRONT + "**II- MỤC** TIÊU\n\nNội dung.\n\n**III. TỔ CHỨC\nTHỰC HIỆN**\n\nNội dung." + BACK);
    assertThat(o.find("II").orElseThrow().title()).isEqualTo("MỤC TIÊU");
    assertThat(o.find("II").orElseThrow().kind()).isEqualTo(SectionKind.MUC_TIEU);
    assertThat(o.find("III").orElseThrow().title()).isEqualTo("TỔ CHỨC THỰC HIỆN");
  }

  @Test
  void aLongNumberedSentenceIsAnItemAShortTitleAHeading() throws Exception {
    Outline o = outline(FRONT + "IV. TỔ CHỨC THỰC HIỆN\n\n"
        + "1. Các cấp ủy, tổ chức đảng trong tỉnh tổ chức nghiên cứu, học tập, quán triệt nội dung Chương "
        + "trình hành động này đến cán bộ, đảng viên.\n\n"
        + "2. Nâng cao nhận thức về vị trí, vai trò của chính sách xã hội\n\nNội dung.\n\n"
        + "3. Ban Tuyên giáo chủ trì. Các cơ quan phối hợp thực hiện\n" + BACK);
    Section iv = o.find("IV").orElseThrow();
    assertThat(iv.children()).extracting(Section::item).containsExactly(true, false, true);
    assertThat(iv.children().get(0).title()).startsWith("Các cấp ủy, tổ chức đảng").endsWith("đảng viên.");
    assertThat(iv.children().get(1).title()).isEqualTo("Nâng cao nhận thức về vị trí, vai trò của chính sách xã hội");
  }

  @Test
  void aBoldParagraphAmongParagraphsIsAParagraph() throws Exception {
    Outline o = outline(FRONT + "III. NHIỆM VỤ\n\n#### 1. Nhiệm vụ cần thực hiện ngay\n\n"
        + "**1.1.** Tổ chức phổ biến, quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên và nhân dân.\n\n"
        + "**1.2.** Xây dựng, ban hành Chỉ thị của Ban Thường vụ về công tác lao động.\n\n"
        + "**1.3. Xây dựng, ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia về chăm sóc sức khỏe, "
        + "dân số và phát triển của tỉnh giai đoạn 2026-2035**\n\n"
        + "**1.4.** Hoàn thành đầu tư xây dựng trường phổ thông nội trú tại 04 xã biên giới.\n" + BACK);
    assertThat(o.find("III.1").orElseThrow().item()).isFalse();
    assertThat(o.find("III.1").orElseThrow().children()).extracting(Section::item).containsOnly(true);
  }

  @Test
  void aSubsectionGoesUnderItsOwnParentNumber() throws Exception {
    Outline o = outline(FRONT + "III. NHIỆM VỤ\n\n1. Nhiệm vụ ngay\n\n1.1. Việc một\n\n"
        + "2.1. Việc của mục hai khi mục hai không có tiêu đề\n\n3. Nhiệm vụ thường xuyên\n\n3.1. Việc ba\n" + BACK);
    assertThat(o.find("III").orElseThrow().children()).extracting(Section::id)
        .containsExactly("III.1", "III.2.1", "III.3");
    assertThat(o.find("III.3.1").orElseThrow().level()).isEqualTo(3);
  }

  @Test
  void minorStylesNestInTheOrderADocumentUsesThem() throws Exception {
    Outline o = outline(FRONT + "III. NHIỆM VỤ\n\n3.7.5. Về nhà ở\n\n(1) Quản lý nguồn lực\n\na) Ngân sách\n\n"
        + "b) Xã hội hóa\n\n(2) Hỗ trợ trực tiếp\n\na) Hộ nghèo\n\n3.7.6. Về nước sạch\n" + BACK);
    assertThat(ids(o)).containsSubsequence("III", "III.3.7.5", "III.3.7.5.(1)", "III.3.7.5.(1).a",
        "III.3.7.5.(1).b", "III.3.7.5.(2)", "III.3.7.5.(2).a", "III.3.7.6");
    assertThat(o.find("III.3.7.5.(2)").orElseThrow().level()).isEqualTo(3);
  }

  @Test
  void lettersAboveRomanNumeralsAndPartsAboveLetters() throws Exception {
    Outline o = outline(FRONT + "Phần I. ĐÁNH GIÁ\n\nA. TÌNH HÌNH\n\nI. Kết quả đạt được\n\n1. Về lao động\n\n"
        + "B. NHIỆM VỤ\n\nI. Nhiệm vụ chung\n" + BACK);
    assertThat(ids(o)).containsSubsequence("Phần I", "Phần I.A", "Phần I.A.I", "Phần I.A.I.1", "Phần I.B",
        "Phần I.B.I");
  }

  @Test
  void aLabelAloneOnItsLineTakesTheNextLineAsTitle() throws Exception {
    Outline o = outline(FRONT + "**II.**\n\n**MỤC TIÊU**\n\nNội dung.\n" + BACK);
    assertThat(o.find("II").orElseThrow().title()).isEqualTo("MỤC TIÊU");
    assertThat(o.find("II").orElseThrow().kind()).isEqualTo(SectionKind.MUC_TIEU);
  }

  @Test
  void frontAndBackMatterAreTheirOwnNodesAndHoldNoLabels() throws Exception {
    Outline o = outline(FRONT + "I. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n" + BACK);
    Section front = o.find("front_matter").orElseThrow();
    // The subject line starts in lower case, so it continues the document type's line.
    assertThat(front.title()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023");
    assertThat(front.line()).isEqualTo(1);
    Section back = o.find("back_matter").orElseThrow();
    assertThat(back.title()).isEqualTo("Nơi nhận:");
    assertThat(back.end()).isEqualTo(o.sections().get(o.sections().size() - 1).end());
    assertThat(o.sections()).extracting(Section::id).containsExactly("front_matter", "I", "back_matter");
  }

  @Test
  void whatFollowsTheSignatureIsAnnex() throws Exception {
    Outline o = outline(FRONT + "I. MỤC TIÊU\n\nNội dung.\n" + BACK
        + "\n[1] Nghị quyết số 21-NQ/TW ngày 25/10/2017.\n\nPHỤ LỤC I\n\nI.1 Bảng nhiệm vụ\n\n1. Việc một\n");
    assertThat(o.sections()).extracting(Section::id)
        .containsExactly("front_matter", "I", "back_matter", "annex", "annex-2");
    assertThat(o.find("annex-2").orElseThrow().title()).isEqualTo("PHỤ LỤC I");
    assertThat(o.find("annex-2").orElseThrow().children()).isEmpty();
    assertThat(parts(o)).containsEntry("annex", "annex");
  }

  @Test
  void aProgrammeAttachedAfterTheSignatureResumesTheBody() throws Exception {
    Outline o = outline("NGHỊ QUYẾT\n\nĐiều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\n\n"
        + "Điều 2. Nghị quyết này có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Các bộ;\n- Lưu: VT.\n\n"
        + "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n\n"
        + "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\n\nI. MỤC TIÊU\n\nNội dung.\n\nII. NHIỆM VỤ CỤ THỂ\n\nNội dung.\n");
    assertThat(o.sections()).extracting(Section::id)
        .containsExactly("front_matter", "Điều 1", "Điều 2", "back_matter", "front_matter-2", "I", "II");
    assertThat(parts(o)).containsEntry("muc_tieu", "I").containsEntry("nhiem_vu", "II");
  }

  @Test
  void aCombinedTitleWhoseChildrenNameNoPartTakesItsFirstPart() throws Exception {
    Outline o = outline(FRONT + "II. QUAN ĐIỂM, MỤC TIÊU\n\n1. Lấy con người làm trung tâm\n\nIII. NHIỆM VỤ\n" + BACK);
    assertThat(o.find("II").orElseThrow().kind()).isEqualTo(SectionKind.QUAN_DIEM);
    assertThat(o.find("II.1").orElseThrow().kind()).isEqualTo(SectionKind.QUAN_DIEM);
  }

  @Test
  void kindsSurviveMissingDiacriticsAndTypos() throws Exception {
    Outline o = outline(FRONT + "I. QUAN DIEM\n\nNội dung.\n\nII. MUC TIEU\n\n1. Muc tieu tong quat\n\n"
        + "2. Cac chi tieu chu yeu den nam 2030\n\nIII. NHIEM VU VA GIAI PHAP\n\nIV. TỔ CHỨC THỰC HIÊN\n" + BACK);
    assertThat(parts(o)).containsEntry("quan_diem", "I").containsEntry("muc_tieu", "II")
        .containsEntry("nhiem_vu", "III").containsEntry("to_chuc_thuc_hien", "IV");
    assertThat(o.find("II.2").orElseThrow().subkind()).isEqualTo(Subkind.CHI_TIEU);
  }

  @Test
  void aChildInheritsItsParentsKindUnlessItsTitleNamesOne() throws Exception {
    Outline o = outline(FRONT + "III. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Kết quả cần đạt được trong năm\n\n"
        + "2. Tổ chức thực hiện các đề án\n" + BACK);
    assertThat(o.find("III.1").orElseThrow().kind()).isEqualTo(SectionKind.NHIEM_VU);
    assertThat(o.find("III.2").orElseThrow().kind()).isEqualTo(SectionKind.NHIEM_VU);
    assertThat(parts(o)).doesNotContainKeys("tinh_hinh", "to_chuc_thuc_hien");
  }

  @Test
  void repeatedIdsAreMadeUnique() throws Exception {
    Outline o = outline(FRONT + "I. MỤC TIÊU\n\nI. NHIỆM VỤ\n" + BACK);
    assertThat(o.sections()).extracting(Section::id).containsExactly("front_matter", "I", "I-2", "back_matter");
  }

  @Test
  void aDocumentWithoutNumberedHeadingsHasItsHeaderAsFrontMatterAndTheRestAsItsBody() throws Exception {
    Outline o = outline("CÔNG VĂN\n\nVề việc báo cáo tình hình.\n");
    assertThat(o.sections()).extracting(Section::id).containsExactly("front_matter", "body");
    assertThat(o.at(3)).map(Section::id).contains("front_matter");
    assertThat(o.at(12)).map(Section::kind).contains(SectionKind.OTHER);
    Outline page = outline("# Lỗi vượt đèn đỏ phạt bao nhiêu?\n\nCăn cứ Nghị định 168.\n\nPhạt tiền 4.000.000 đồng.\n");
    assertThat(page.sections()).extracting(Section::id, Section::title)
        .containsExactly(tuple("front_matter", "Lỗi vượt đèn đỏ phạt bao nhiêu?"), tuple("body", "Căn cứ Nghị định 168."));
  }
}
