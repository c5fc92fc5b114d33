package io.nqx.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What passages written for the test deliver. */
class DeliverablesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "xây dựng kế hoạch thực hiện tại địa phương, cơ quan, đơn vị|ke_hoach",
      "ban hành kế hoạch thực hiện Nghị quyết số 42-NQ/TW; định kỳ (ngày 15/11 hàng năm) tham mưu báo cáo|bao_cao",
      "Xây dựng, ban hành Đề án phát triển bệnh viện|de_an",
      "xây dựng chương trình, kế hoạch tổ chức thực hiện|ke_hoach",
      "xây dựng chương trình phát thanh về chính sách xã hội|chuong_trinh",
      "kịp thời cụ thể hóa các mục tiêu vào trong các nghị quyết của Hội đồng nhân dân tỉnh|nghi_quyet",
      "Xây dựng, ban hành Chỉ thị của Ban Thường vụ Tỉnh ủy|van_ban",
      "ban hành văn bản hướng dẫn thực hiện|huong_dan",
      "Triển khai thực hiện hiệu quả Kế hoạch số 30-KH/TU ngày 14/9/2025 của Tỉnh uỷ|null",
      "chỉ đạo, hướng dẫn việc tổ chức học tập, quán triệt|null",
      "theo Nghị quyết số 29/2025/NQ-HĐND của Hội đồng nhân dân tỉnh về ban hành quy định chính sách|null",
      "sửa đổi, bổ sung, hoàn thiện, ban hành cơ chế, chính sách xã hội|null"})
  void aPassagesDeliverable(String passage, String expected) {
    assertThat(Deliverables.of(passage, 0, passage.length())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Kế hoạch của các bộ, ngành, địa phương|ke_hoach", "Đề án|de_an", "Luật của Quốc hội|van_ban",
      "Nghị quyết của Quốc hội|nghi_quyet", "Văn bản hướng dẫn|huong_dan", "Báo cáo thực hiện|bao_cao",
      "Chương trình|chuong_trinh", "Nền tảng đào tạo trực tuyến|null"})
  void aProductCell(String cell, String expected) {
    assertThat(Deliverables.ofProduct(cell)).isEqualTo(expected);
  }
}
