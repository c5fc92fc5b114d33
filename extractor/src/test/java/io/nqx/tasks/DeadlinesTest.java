package io.nqx.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time words of passages written for the test, and what they normalize to (TASKS.md's forms). */
class DeadlinesTest {
  private static String first(String passage, Integer year) {
    Deadlines.Deadline d = Deadlines.first(passage, 0, passage.length(), year);
    return d == null ? "none" : d.text() + " => " + d.value();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Hoàn thành trong Quý II năm 2026.|Hoàn thành trong Quý II năm 2026 => 2026-Q2",
      "Báo cáo kết quả trước Quý IV/2025.|trước Quý IV/2025 => 2025-Q4",
      "xây dựng kế hoạch trong tháng 4/2024.|trong tháng 4/2024 => 2024-04",
      "hoàn thành trong tháng 05 năm 2026|hoàn thành trong tháng 05 năm 2026 => 2026-05",
      "gửi về Sở Nội vụ chậm nhất ngày 15/3/2025.|chậm nhất ngày 15/3/2025 => 2025-03-15",
      "xong trước ngày 30 tháng 6 năm 2025 để tổng hợp|xong trước ngày 30 tháng 6 năm 2025 => 2025-06-30",
      "báo cáo kết quả trước 30/6 để tổng hợp.|trước 30/6 => 2025-06-30",
      "định kỳ (ngày 15/11 hàng năm) báo cáo Ban Thường vụ|ngày 15/11 hàng năm => yearly:11-15",
      "trước ngày 15/12 hằng năm gửi báo cáo|trước ngày 15/12 hằng năm => yearly:12-15",
      "Hằng năm, xây dựng kế hoạch thực hiện.|Hằng năm => yearly",
      "báo cáo định kỳ hằng quý về Sở Y tế|định kỳ hằng quý => quarterly",
      "tổng hợp, báo cáo định kỳ 6 tháng và hằng năm|định kỳ 6 tháng => semiannual",
      "báo cáo 6 tháng một lần|6 tháng một lần => semiannual",
      "cập nhật hàng tháng trên cổng thông tin|hàng tháng => monthly",
      "thường xuyên kiểm tra, đôn đốc việc thực hiện|thường xuyên => ongoing",
      "tuyên truyền sâu rộng, thường xuyên, liên tục về chủ trương|thường xuyên => ongoing",
      "theo dõi hằng ngày diễn biến dịch bệnh|hằng ngày => ongoing",
      "phấn đấu đến năm 2030 hoàn thành|đến năm 2030 => 2030",
      "hoàn thành trong năm 2027.|hoàn thành trong năm 2027 => 2027",
      "định kỳ báo cáo kết quả thực hiện.|định kỳ => null"})
  void aTimeExpressionNormalized(String passage, String expected) {
    assertThat(first(passage, 2025)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Triển khai Nghị quyết số 29/2025/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh.",
      "thực hiện Kế hoạch số 30-KH/TU ngày 14/9/2025 của Tỉnh uỷ.",
      "theo Chỉ thị số 05-CT/TW của Ban Bí thư về giảm nghèo bền vững đến năm 2030.",
      "xây dựng chương trình giai đoạn 2026-2030 của tỉnh.",
      "dự kiến từ năm 2027 áp dụng chính sách.",
      "chuyển các trung tâm giáo dục thường xuyên thành trường trung học nghề.",
      "chế độ trợ cấp, phụ cấp ưu đãi thường xuyên cho người có công.",
      "kế hoạch 5 năm và hằng năm của từng cơ quan.",
      "tổ chức kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ (27/7/1947-27/7/2027).",
      "Xây dựng Đề án “Phát triển bệnh viện giai đoạn 2026 - 2030, tầm nhìn đến năm 2050”.",
      "sơ kết, tổng kết việc thực hiện."})
  void noDeadline(String passage) {
    assertThat(first(passage, 2025)).isEqualTo("none");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tháng 12/2025|2025-12", "12/2025|2025-12", "6/2025|2025-06", "2025|2025", "Năm 2025-2026|2026",
      "Năm 2026 (sau khi có hướng dẫn của Trung ương)|2026", "Thường xuyên|ongoing", "Nhiệm vụ thường xuyên|ongoing",
      "Hằng năm|yearly", "Quý III/2026|2026-Q3", "Hoàn thành trong tháng 7/2026.|2026-07"})
  void aTableCellOrALabel(String cell, String expected) {
    assertThat(Deadlines.ofCell(cell, 2025).value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"trước 30/6 để tổng hợp.", "trong Quý II để tổng hợp"})
  void aDateWithoutItsYearNeedsTheDocumentsYear(String passage) {
    Deadlines.Deadline d = Deadlines.first(passage, 0, passage.length(), null);
    assertThat(d == null ? null : d.value()).isNull();
  }
}
