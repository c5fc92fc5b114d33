package io.nqx.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Assignments in the layouts plans write them, on documents written for the test: numbered items that open
 * with the body, labels under a task ("Trách nhiệm thực hiện:"), headings that name the body of the items
 * under them, sentences of NHIỆM VỤ whose subject is a body, task tables; and what is none.
 */
class TaskReaderTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();
  private static final String FRONT = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\n\nSố: 20/KH-UBND\n\nAn Bình, ngày 5 tháng 3 năm 2025\n\n"
      + "KẾ HOẠCH\n\nThực hiện công tác dân số\n\n";

  private static List<Task> tasks(String body) throws Exception {
    return PIPELINE.run(Ingestor.create().read((FRONT + body).getBytes(StandardCharsets.UTF_8), "plan.md"),
        Set.of(Task.LAYER)).get(Task.LAYER);
  }

  private static String row(Task t) {
    return t.agency() + " [" + t.role() + ", " + t.agencyCode() + "] directs=" + t.directs() + " co=" + t.coAgencies()
        + " deadline=" + t.deadline() + " deliverable=" + t.deliverable() + " section=" + t.section();
  }

  @Test
  void numberedItemsThatOpenWithTheirBody() throws Exception {
    List<Task> tasks = tasks("III. TỔ CHỨC THỰC HIỆN\n\n"
        + "1. Sở Y tế chủ trì, phối hợp với Sở Tài chính, Ủy ban nhân dân các huyện tổ chức triển khai Kế hoạch; "
        + "định kỳ 6 tháng báo cáo Ủy ban nhân dân tỉnh.\n\n"
        + "2. Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh xây dựng kế hoạch thực hiện, hoàn thành trong Quý II/2025.\n\n"
        + "3. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền, "
        + "vận động Nhân dân.\n\n"
        + "4. Căn cứ Kế hoạch này, các sở, ban, ngành xây dựng kế hoạch của đơn vị trước ngày 30/4/2025.\n");
    assertThat(tasks).extracting(TaskReaderTest::row).containsExactly(
        "Sở Y tế [lead, so_y_te] directs=null co=[Sở Tài chính, Ủy ban nhân dân các huyện] deadline=semiannual "
            + "deliverable=bao_cao section=III.1",
        "Ban cán sự đảng UBND tỉnh [lead, ban_can_su_dang_ubnd_tinh] directs=UBND tỉnh co=[] deadline=2025-Q2 "
            + "deliverable=ke_hoach section=III.2",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh [shared, "
            + "uy_ban_mttq_tinh+to_chuc_chinh_tri_xa_hoi] directs=null co=[] deadline=null deliverable=null section=III.3",
        "các sở, ban, ngành [shared, so_ban_nganh] directs=null co=[] deadline=2025-04-30 deliverable=ke_hoach "
            + "section=III.4");
    Task first = tasks.get(0);
    assertThat(first.action()).isEqualTo("tổ chức triển khai Kế hoạch");
    assertThat(first.coAgencyCodes()).containsExactly("so_tai_chinh", "ubnd_cap_huyen");
    assertThat(first.line()).isEqualTo(13);
    assertThat(first.sectionKind().id()).isEqualTo("to_chuc_thuc_hien");
    assertThat(first.table()).isNull();
  }

  @Test
  void labelsUnderATask() throws Exception {
    List<Task> tasks = tasks("II. NHIỆM VỤ\n\n1. Nhiệm vụ cần thực hiện ngay\n\n"
        + "1.1. Xây dựng, ban hành Đề án phát triển dân số tỉnh.\n\n"
        + "*Cơ quan chủ trì tham mưu:* Sở Y tế.\n\n*Cơ quan phối hợp:* Sở Tài chính; Sở Nội vụ.\n\n"
        + "*Thời gian hoàn thành:* Trong tháng 9/2025.\n\n"
        + "1.2. Tổ chức tập huấn cho cán bộ dân số cấp xã.\n\n"
        + "*Trách nhiệm thực hiện:* Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh thực hiện.\n\n"
        + "*Thời gian thực hiện:* Hằng năm.\n");
    assertThat(tasks).extracting(TaskReaderTest::row).containsExactly(
        "Sở Y tế [lead, so_y_te] directs=null co=[Sở Tài chính, Sở Nội vụ] deadline=2025-09 deliverable=de_an "
            + "section=II.1.1",
        "Sở Y tế [lead, so_y_te] directs=Trung tâm Kiểm soát bệnh tật tỉnh co=[] deadline=yearly deliverable=null "
            + "section=II.1.2");
    assertThat(tasks.get(0).action()).isEqualTo("Xây dựng, ban hành Đề án phát triển dân số tỉnh");
    assertThat(tasks.get(0).line()).isEqualTo(17);
  }

  @Test
  void headingsThatNameTheBodyOfTheItemsUnderThem() throws Exception {
    List<Task> tasks = tasks("III. TỔ CHỨC THỰC HIỆN\n\n**1. Sở Y tế**\n\n"
        + "a) Chủ trì, phối hợp với các sở, ban, ngành liên quan triển khai Kế hoạch;\n\n"
        + "b) Định kỳ hằng năm tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n\n"
        + "**2. Các sở, ban, ngành có trách nhiệm:**\n\n- Chủ động phối hợp với Sở Y tế.\n\n"
        + "**3. Đài Phát thanh và Truyền hình tỉnh**\n\nChỉ đạo các cơ quan báo chí tăng thời lượng tuyên truyền.\n");
    assertThat(tasks).extracting(TaskReaderTest::row).containsExactly(
        "Sở Y tế [lead, so_y_te] directs=null co=[các sở, ban, ngành liên quan] deadline=yearly deliverable=bao_cao "
            + "section=III.1",
        "Các sở, ban, ngành [shared, so_ban_nganh] directs=null co=[Sở Y tế] deadline=null deliverable=null "
            + "section=III.2",
        "Đài Phát thanh và Truyền hình tỉnh [lead, dai_phat_thanh_truyen_hinh_tinh] directs=các cơ quan báo chí co=[] "
            + "deadline=null deliverable=null section=III.3");
  }

  @Test
  void aTaskTable() throws Exception {
    List<Task> tasks = tasks("III. TỔ CHỨC THỰC HIỆN\n\nTriển khai theo phụ lục.\n\nPHỤ LỤC\n\nDANH MỤC NHIỆM VỤ\n\n"
        + "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |\n"
        + "|---|---|---|---|---|---|\n"
        + "| 1 | Xây dựng kho dữ liệu dân cư | Công an tỉnh | Sở Tư pháp, UBND cấp xã | Kho dữ liệu | 12/2025 |\n"
        + "| 2 | Ban hành quy chế chia sẻ dữ liệu | Văn phòng UBND tỉnh | | Quyết định | Quý I/2026 |\n");
    assertThat(tasks).extracting(TaskReaderTest::row).containsExactly(
        "Công an tỉnh [lead, cong_an_tinh] directs=null co=[Sở Tư pháp, UBND cấp xã] deadline=2025-12 "
            + "deliverable=null section=PL.1",
        "Văn phòng UBND tỉnh [lead, van_phong_ubnd_tinh] directs=null co=[] deadline=2026-Q1 deliverable=van_ban "
            + "section=PL.2");
    assertThat(tasks.get(0).table()).isEqualTo(new io.nqx.tables.CellRef(1, 2, 3));
    assertThat(tasks.get(0).action()).isEqualTo("Xây dựng kho dữ liệu dân cư");
  }

  @Test
  void whatIsNoAssignment() throws Exception {
    assertThat(tasks("I. TÌNH HÌNH\n\nSở Y tế đã triển khai nhiều hoạt động.\n\n"
        + "II. NHIỆM VỤ\n\nTăng cường tuyên truyền về dân số.\n\nSở Y tế đã tổ chức tập huấn năm 2024.\n\n"
        + "a) Tập thể: Các cơ quan Đảng trực thuộc Tỉnh ủy; các tổ chức, doanh nghiệp liên quan đến việc thực hiện.\n\n"
        + "- Cơ quan trực tiếp thực hiện TTHC: Sở Dân tộc và Tôn giáo.\n\n"
        + "III. TỔ CHỨC THỰC HIỆN\n\n**2. Các cơ quan lãnh đạo, chỉ đạo**\n\n- Sở Tài chính bố trí kinh phí.\n\n"
        + "Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.\n")).extracting(Task::agency).containsExactly("Sở Tài chính");
  }
}
