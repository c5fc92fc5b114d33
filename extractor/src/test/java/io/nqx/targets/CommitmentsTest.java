package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Pipeline;
import io.nqx.facts.DocumentInfo;
import io.nqx.facts.Genre;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of number a crawl of Vietnamese public texts is full of, in documents written for the test: only
 * commitments are targets; support amounts, fees, rates, fines, shares and quotas a rule sets are parameters;
 * thresholds that decide who qualifies are criteria; what happened is a result.
 */
class CommitmentsTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();
  private static final String PLAN = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 12/KH-UBND\n\nAn Bình, ngày 3 tháng 2 năm 2025\n\n"
      + "KẾ HOẠCH\nThực hiện Chương trình hành động\n\n";
  private static final String DECISION = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 21/2025/QĐ-UBND\n\n"
      + "An Bình, ngày 3 tháng 2 năm 2025\n\nQUYẾT ĐỊNH\nQuy định mức hỗ trợ và mức thu trên địa bàn tỉnh\n\n";

  private static List<Target> rows(String document) throws Exception {
    SourceText text = Ingestor.create().read(document.getBytes(StandardCharsets.UTF_8), "doc.md");
    return PIPELINE.run(text).get(Target.LAYER);
  }

  /** "value_text=kind" for every row, in document order. */
  private static List<String> kinds(String document) throws Exception {
    return rows(document).stream().map(t -> t.valueText() + "=" + t.kind().id()).toList();
  }

  private static Genre genre(String document) throws Exception {
    SourceText text = Ingestor.create().read(document.getBytes(StandardCharsets.UTF_8), "doc.md");
    return PIPELINE.run(text).get(DocumentInfo.LAYER).genre();
  }

  @Test
  void aPlansGoalsAreTargetsWithTheirEvidence() throws Exception {
    List<Target> found = rows(PLAN + "II. MỤC TIÊU\n\n2. Chỉ tiêu đến năm 2030\n\n"
        + "- Tỷ lệ hộ nghèo đa chiều giảm bình quân 1,5%/năm; tỷ lệ lao động qua đào tạo đạt 75%.\n");
    assertThat(found).extracting(t -> t.valueText() + "=" + t.kind().id())
        .containsExactly("1,5%/năm=target", "đạt 75%=target");
    assertThat(found.get(1).evidence()).startsWith("target:section muc_tieu", "target:heading year 2030",
        "target:genre plan");
  }

  @Test
  void supportAmountsFeesFinesAndRatesARuleSetsAreParameters() throws Exception {
    assertThat(kinds(DECISION + "Điều 1. Mức hỗ trợ\n\n"
        + "1. Hỗ trợ 6.000.000 đồng/ha đối với diện tích lúa bị thiệt hại.\n\n"
        + "2. Mức thu lệ phí cấp giấy phép là 150.000 đồng/hồ sơ.\n\n"
        + "3. Phạt tiền từ 2.000.000 đồng đến 4.000.000 đồng đối với người điều khiển xe.\n\n"
        + "4. Lãi suất cho vay ưu đãi bằng 50% lãi suất cho vay thương mại.\n\n"
        + "5. Người lao động được hưởng phụ cấp bằng 150% mức lương hiện hưởng; hệ số 2,34.\n"))
        .containsExactly("6.000.000 đồng/ha=parameter", "150.000 đồng/hồ sơ=parameter",
            "2.000.000 đồng đến 4.000.000 đồng=parameter", "50%=parameter", "150%=parameter", "2,34=parameter");
  }

  @Test
  void fundSharesQuotasAndLimitsOnOthersAreParameters() throws Exception {
    assertThat(kinds("# Hướng dẫn chi tiền thưởng mới nhất?\n\n### Nội dung chính\n\n"
        + "- Sử dụng tối thiểu 40% số thu được để lại theo chế độ để tạo nguồn cải cách tiền lương.\n\n"
        + "- Tỷ lệ cá nhân được thưởng đột xuất trong năm tối đa không vượt quá 20% tổng số người trong danh sách "
        + "trả lương của đơn vị.\n\n"
        + "- Miễn thuế trong 02 năm và giảm 50% số thuế phải nộp trong 04 năm tiếp theo.\n"))
        .containsExactly("tối thiểu 40%=parameter", "tối đa không vượt quá 20%=parameter", "02 năm=other", "50%=parameter",
            "04 năm=other");
  }

  @Test
  void thresholdsThatDecideWhoQualifiesAreCriteria() throws Exception {
    assertThat(kinds(DECISION + "Điều 2. Tiêu chí xác định thôn đặc biệt khó khăn\n\n"
        + "Thôn đặc biệt khó khăn là thôn có ít nhất 02 trong 03 tiêu chí sau đây:\n\n"
        + "- Có dưới 60% đường thôn được cứng hóa;\n\n"
        + "- Tỷ lệ hộ gia đình có hợp đồng mua bán điện dưới 90%;\n\n"
        + "- Thôn vùng đồng bào dân tộc thiểu số là thôn có từ 15% người dân tộc thiểu số trở lên.\n"))
        .containsExactly("ít nhất 02=criterion", "03 tiêu chí sau đây=criterion", "dưới 60%=criterion",
            "dưới 90%=criterion", "15%=criterion");
    assertThat(kinds("# Người lao động được nghỉ hưu sớm khi nào?\n\n"
        + "Người lao động bị suy giảm khả năng lao động từ 61% đến dưới 81% được nghỉ hưu sớm.\n\n"
        + "Tỷ lệ tổn thương cơ thể 31% trở lên thì bị xử lý hình sự.\n"))
        .containsExactly("61% đến dưới 81%=criterion", "31% trở lên=criterion");
  }

  @Test
  void aThresholdUnderAnAwardsStandardIsACriterionEvenInAPlan() throws Exception {
    assertThat(kinds(PLAN + "III. TIÊU CHUẨN KHEN THƯỞNG\n\n1. Đối với tập thể\n\n"
        + "+ Có tỷ lệ cử tri đi bầu cử đạt từ 98% trở lên;\n\n"
        + "+ Biểu quyết tán thành đạt trên 50% tổng số đại biểu.\n"))
        .containsExactly("98% trở lên=criterion", "đạt trên 50%=criterion");
  }

  @Test
  void whatWasAchievedIsAResult() throws Exception {
    assertThat(kinds(PLAN + "I. TÌNH HÌNH THỰC HIỆN\n\nNăm 2020 GRDP tăng 3,98% so với cùng kỳ; tỷ lệ hộ nghèo "
        + "còn 2,5%.\n\nII. MỤC TIÊU\n\nĐến năm 2030, nâng tỷ lệ phủ sóng từ 45% lên 90%; hiện nay đã có 32,2% "
        + "trạm 5G.\n"))
        .containsExactly("3,98%=result", "2,5%=result", "45%=result", "90%=target", "32,2%=result");
  }

  @Test
  void aNarrationOfThePastIsNoPlanEvenWhenItSaysGoal() throws Exception {
    String article = "# Chiến dịch ấp chiến lược\n\nBài viết này nói về một chiến dịch quân sự.\n\n"
        + "Năm 1962 đã có 4.248 ấp hình thành, chiếm 40% dân số. Mục tiêu lập 17.000 ấp chiến lược được thực hiện "
        + "với ưu tiên số 1.[1]\n";
    assertThat(genre(article)).isEqualTo(Genre.ENCYCLOPEDIA);
    assertThat(rows(article)).noneMatch(Target::isTarget);
    assertThat(kinds(article)).contains("4.248 ấp hình thành=result", "40%=result", "17.000 ấp chiến lược=result");
  }

  @Test
  void aCommitmentQuotedInAQuestionAndAnswerPageIsATarget() throws Exception {
    String page = "# Nghị quyết 68 đề ra mục tiêu gì?\n\n**Mục tiêu đến năm 2030 được nêu như sau:**\n\n"
        + "*(1) Đến năm 2030*\n\n- Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế.\n\n"
        + "- Đóng góp khoảng 55 - 58% GDP; thuộc nhóm 3 nước đứng đầu ASEAN.\n";
    assertThat(genre(page)).isEqualTo(Genre.QA);
    List<Target> found = rows(page);
    assertThat(found).extracting(t -> t.valueText() + "=" + t.kind().id() + " " + t.value().toPlainString() + " "
        + t.unit()).containsExactly("2 triệu doanh nghiệp hoạt động=target 2000000 units",
            "khoảng 55 - 58% GDP=target 55 percent", "nhóm 3 nước đứng đầu ASEAN=target 3 rank");
  }

  @Test
  void aPlansTaskThatQuantifiesItsObjectIsATargetAndAPlaceCountIsNot() throws Exception {
    assertThat(kinds(PLAN + "III. NHIỆM VỤ, GIẢI PHÁP\n\n1. Chuyển đổi số\n\n"
        + "- Thực hiện số hóa 100% hồ sơ thủ tục hành chính; trong đó hình thành tối thiểu 03 trung tâm dữ liệu.\n\n"
        + "- Xây dựng trường nội trú tại 04 xã biên giới theo phương châm 3 an (an sinh, an ninh, an toàn).\n"))
        .containsExactly("100%=target", "tối thiểu 03 trung tâm dữ liệu=target", "04 xã biên giới=other",
            "3 an=other");
  }

  @Test
  void countsAgesDurationsAndMeasuresAreOther() throws Exception {
    assertThat(kinds("# Phòng thi được bảo vệ thế nào?\n\nPhòng bảo quản đề thi có camera ghi hình liên tục 24 "
        + "giờ/ngày và phải bảo đảm an toàn; thí sinh từ 18 tuổi; thời hạn 05 năm.\n"))
        .containsExactly("24 giờ/ngày=other", "18 tuổi=other", "05 năm=other");
  }

  @Test
  void theGenreIsReadFromTheTypeTheSubjectAndThePage() throws Exception {
    assertThat(genre(PLAN + "I. MỤC ĐÍCH\n\nNội dung.\n")).isEqualTo(Genre.PLAN);
    assertThat(genre(DECISION + "Điều 1. Phạm vi\n\nNội dung.\n")).isEqualTo(Genre.REGULATION);
    assertThat(genre("BỘ Y TẾ\nSố: 5/QĐ-BYT\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch phòng chống dịch\n\nĐiều 1. Nội dung.\n"))
        .isEqualTo(Genre.PLAN);
    assertThat(genre("CHÍNH PHỦ\nSố: 73/2024/NĐ-CP\n\nNGHỊ ĐỊNH\nQuy định mức lương cơ sở\n\nĐiều 1. Nội dung.\n"))
        .isEqualTo(Genre.LEGAL_NORM);
    assertThat(genre("UBND TỈNH AN BÌNH\nSố: 9/BC-UBND\n\nBÁO CÁO\nKết quả thực hiện năm 2024\n\nI. KẾT QUẢ\n\nĐạt.\n"))
        .isEqualTo(Genre.REPORT);
    assertThat(genre("# Lỗi vượt đèn đỏ phạt bao nhiêu?\n\nCăn cứ theo quy định tại Nghị định 168.\n"))
        .isEqualTo(Genre.QA);
  }
}
