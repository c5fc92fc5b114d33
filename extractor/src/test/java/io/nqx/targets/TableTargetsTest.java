package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Targets from tables, on tables written for the test: one per number of a value cell, the unit from the
 * unit column, the year from the column or the group row, the lead agency from its column; and the commitment
 * rules on cells as on sentences (fees are parameters, a baseline column results, forms are not read).
 */
class TableTargetsTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();
  private static final String FRONT = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\n\nSố: 15/KH-UBND\n\nAn Bình, ngày 10 tháng 3 năm 2025\n\n"
      + "KẾ HOẠCH\n\nThực hiện chuyển đổi số\n\nI. MỤC TIÊU\n\nNâng cao chất lượng dịch vụ.\n\n";

  private static List<Target> all(String body) throws Exception {
    return PIPELINE.run(Ingestor.create().read((FRONT + body).getBytes(StandardCharsets.UTF_8), "plan.md"))
        .get(Target.LAYER);
  }

  private static String row(Target t) {
    return t.kind().id() + " " + t.indicator() + " " + t.comparator().id() + " " + t.value().toPlainString()
        + (t.valueMax() == null ? "" : "-" + t.valueMax().toPlainString()) + " " + t.unit() + " " + t.year() + " "
        + t.section();
  }

  private static List<String> rows(String body) throws Exception {
    return all(body).stream().map(TableTargetsTest::row).toList();
  }

  private static final String ANNEX = "PHỤ LỤC I\n\nDANH MỤC CÁC CHỈ TIÊU\n\n";

  @Test
  void everyNumberOfAValueCellWithTheUnitColumnsUnitAndTheGroupRowsYear() throws Exception {
    List<Target> targets = all(ANNEX
        + "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|---|---|\n"
        + "| I | Đến năm 2030 | | | | |\n"
        + "| 1 | Xếp hạng chỉ số chuyển đổi số | Thứ bậc | ≤ 10 cả nước; ≤ 3 vùng | Sở Khoa học và Công nghệ | "
        + "Sở Nội vụ, Sở Tài chính và các sở, ngành |\n"
        + "| 2 | Nhân lực công nghệ số | Người/vạn dân | 15 | Sở Nội vụ | |\n"
        + "| 3 | Doanh nghiệp công nghệ số | Doanh nghiệp/1.000 dân | 1,5 | Sở Tài chính | |\n"
        + "| 4 | Tỉ lệ dân số có tài khoản thanh toán | % dân số | 20% - 30% | Ngân hàng Nhà nước khu vực | |\n"
        + "| 5 | Hạ tầng số | | Hiện đại, đồng bộ | Sở Khoa học và Công nghệ | |\n"
        + "| 6 | Tổng dung lượng kết nối quốc tế | Tbps | > 2 | Sở Khoa học và Công nghệ | |\n"
        + "| 7 | Chi cho khoa học | tỷ đồng | 120 | Sở Tài chính | |\n");
    assertThat(targets.stream().map(TableTargetsTest::row)).containsExactly(
        "target other le 10 rank 2030 PL.I.1", "target other le 3 rank 2030 PL.I.1",
        "target other eq 15 per_10k_population 2030 PL.I.2", "target other eq 1.5 per_1k_population 2030 PL.I.3",
        "target other range 20-30 percent 2030 PL.I.4", "target other gt 2 tbps 2030 PL.I.6",
        "target other eq 120 billion_vnd 2030 PL.I.7");
    Target first = targets.get(0);
    assertThat(first.leadAgency()).isEqualTo("Sở Khoa học và Công nghệ");
    assertThat(first.coAgencies()).containsExactly("Sở Nội vụ", "Sở Tài chính", "các sở, ngành");
    assertThat(first.table()).isEqualTo(new io.nqx.tables.CellRef(1, 3, 4));
    assertThat(first.valueText()).isEqualTo("≤ 10"); // "cả nước" is no region a rank unit names
    assertThat(first.indicatorText()).isEqualTo("Xếp hạng chỉ số chuyển đổi số");
    assertThat(first.sentence()).startsWith("1 | Xếp hạng chỉ số chuyển đổi số | Thứ bậc | ≤ 10 cả nước; ≤ 3 vùng");
    assertThat(first.sectionKind().id()).isEqualTo("annex");
  }

  @Test
  void yearColumnsGiveOneTargetPerYearAndABaselineColumnGivesResults() throws Exception {
    assertThat(rows(ANNEX + "| STT | Tên chỉ tiêu | ĐVT | Thực hiện năm 2024 | Năm 2027 | Năm 2030 |\n|---|---|---|---|---|---|\n"
        + "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 45 | 70 | 90 |\n")).containsExactly(
            "result other eq 45 percent 2024 PL.I.1", "target other eq 70 percent 2027 PL.I.1",
            "target other eq 90 percent 2030 PL.I.1");
  }

  @Test
  void aNumberEndingTheItemCellQualifiesTheValueOneInsideItIsItsOwnTarget() throws Exception {
    assertThat(rows(ANNEX + "| TT | Chỉ tiêu | Đơn vị | Năm 2030 |\n|---|---|---|---|\n"
        + "| 1 | Tỉ lệ hộ gia đình có cáp quang tốc độ trên 100 Mb/s | % | 90 |\n"
        + "| 2 | Tỉ lệ cơ quan đạt cấp độ 3 về an toàn thông tin | % | 100% |\n")
        .stream().filter(r -> r.startsWith("target"))).containsExactly(
            "target other eq 90 percent 2030 PL.I.1", "target other eq 3 level 2030 PL.I.2",
            "target other eq 100 percent 2030 PL.I.2");
  }

  @Test
  void theUnitCellNamesTheIndicatorWhenTheItemCellDoesNot() throws Exception {
    assertThat(rows(ANNEX + "| TT | Nội dung | Đơn vị tính | Mục tiêu |\n|---|---|---|---|\n"
        + "| 1 | Nâng cao chất lượng cuộc sống người dân | Chỉ số phát triển con người (HDI) | ≥ 0,75 |\n"))
        .containsExactly("target hdi ge 0.75 index null PL.I.1"); // no year anywhere
  }

  @Test
  void aTableOfFeesIsATableOfParameters() throws Exception {
    List<Target> rows = all("II. MỨC THU PHÍ\n\n| STT | Nội dung | Đơn vị tính | Mức thu |\n|---|---|---|---|\n"
        + "| 1 | Phí thẩm định hồ sơ | đồng/hồ sơ | 500.000 |\n| 2 | Lệ phí cấp giấy phép | đồng/giấy | 100.000 |\n");
    assertThat(rows).isNotEmpty().allMatch(t -> t.kind() == Kind.PARAMETER);
  }

  @Test
  void aFormAnnexIsNotRead() throws Exception {
    assertThat(all("PHỤ LỤC II\n\nMẪU BÁO CÁO KẾT QUẢ\n\n| TT | Chỉ tiêu | Đơn vị | Kết quả |\n|---|---|---|---|\n"
        + "| 1 | Tỷ lệ hồ sơ trực tuyến | % | 90 |\n")).isEmpty();
  }

  @Test
  void aTaskTablesCellsAreReadAsTasksWithTheirDeadlineYear() throws Exception {
    List<Target> targets = all("PHỤ LỤC II\n\nDANH MỤC NHIỆM VỤ\n\n"
        + "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Sản phẩm | Thời gian hoàn thành |\n"
        + "|---|---|---|---|---|---|\n"
        + "| 1. | Số hóa ít nhất 80% hồ sơ lưu trữ | Sở Nội vụ | Các sở, ngành | Kho dữ liệu | 12/2026 |\n"
        + "| 2. | Sửa đổi Quyết định số 15/2020/QĐ-UBND | Sở Tư pháp | | Quyết định | 2026 |\n");
    assertThat(targets).extracting(TableTargetsTest::row).containsExactly("target other ge 80 percent 2026 PL.II.1");
    assertThat(targets.get(0).leadAgency()).isEqualTo("Sở Nội vụ");
    assertThat(targets.get(0).coAgencies()).containsExactly("Các sở, ngành");
    assertThat(targets.get(0).table()).isEqualTo(new io.nqx.tables.CellRef(1, 2, 2));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "%; percent", "% GDP; percent", "% GRDP; percent", "% dân số; percent", "%/năm; percent_per_year",
      "Người/vạn dân; per_10k_population", "bác sĩ/1 vạn dân; per_10k_population",
      "Doanh nghiệp/1000 dân; per_1k_population", "Thứ bậc; rank", "Hạng; rank", "Xếp hạng; rank",
      "Cấp độ; level", "Chỉ số; index", "Điểm; index", "Tbps; tbps", "Gbps; gbps", "tỷ đồng; billion_vnd",
      "triệu đồng; million_vnd", "Doanh nghiệp; units", "Tuyến cáp quang biển; units", "Năm; years", "Lần; times",
      "m2/người; m2_per_person"})
  void aUnitColumnsWords(String words, String code) {
    assertThat(UnitColumn.of(words).code()).isEqualTo(code);
  }

  @Test
  void anEmptyUnitCellGivesNone() {
    assertThat(UnitColumn.of("")).isNull();
    assertThat(UnitColumn.of(" - ")).isNull();
  }
}
