package io.nqx.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Subjects, the bodies they direct and work with, on clauses written for the test. */
class AgencyPhrasesSubjectTest {
  private static String subject(String clause) {
    AgencyPhrases.Subject s = AgencyPhrases.subject(clause, 0, clause.length());
    return s == null ? null : s.text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai.|Sở Y tế",
      "Giao Sở Nội vụ chủ trì tham mưu.|Sở Nội vụ",
      "Ủy ban Kiểm tra Tỉnh ủy tăng cường kiểm tra, giám sát.|Ủy ban Kiểm tra Tỉnh ủy",
      "Ban Chỉ đạo tỉnh thường xuyên theo dõi.|Ban Chỉ đạo tỉnh",
      "Sở Giáo dục và Đào tạo chỉ đạo các trường.|Sở Giáo dục và Đào tạo",
      "Căn cứ Nghị quyết số 42-NQ/TW, các huyện ủy, thành ủy xây dựng kế hoạch.|các huyện ủy, thành ủy",
      "Các cấp ủy, tổ chức đảng tổ chức học tập, quán triệt.|Các cấp ủy, tổ chức đảng",
      "Các tổ chức chính trị - xã hội tỉnh tăng cường giám sát.|Các tổ chức chính trị - xã hội tỉnh",
      "Đảng đoàn HĐND tỉnh chỉ đạo: Tăng cường giám sát.|Đảng đoàn HĐND tỉnh",
      "Sở Y tế: chủ trì, phối hợp với các đơn vị.|Sở Y tế",
      "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền.|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "Các doanh nghiệp công nghệ số xây dựng giải pháp.|Các doanh nghiệp công nghệ số",
      "Tổ chức phổ biến, quán triệt Nghị quyết.|null",
      "Hội nghị do đồng chí Bí thư chủ trì.|null",
      "Bộ tiêu chí được ban hành năm 2026.|null",
      "Thực hiện tốt công tác đối ngoại, các địa phương của Hàn Quốc hợp tác.|null",
      "Doanh nghiệp đầu tư vào nông nghiệp.|null",
      "Tăng cường tuyên truyền về chính sách.|null"})
  void theSubjectOfAClause(String clause, String expected) {
    assertThat(subject(clause)).isEqualTo(expected);
  }

  @Test
  void aPredicateNamesWhomItDirectsAndWorksWith() {
    String s = "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo rà soát các văn bản.";
    AgencyPhrases.Subject subject = AgencyPhrases.subject(s, 0, s.length());
    AgencyPhrases.Predicate p = AgencyPhrases.predicate(s, subject.predicate(), s.length());
    assertThat(p.directs()).isEqualTo("UBND tỉnh");
    assertThat(p.leads()).isFalse();
    String t = "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban Dân vận Tỉnh ủy, các cơ quan, đơn vị liên quan hướng dẫn.";
    AgencyPhrases.Predicate q = AgencyPhrases.predicate(t, AgencyPhrases.subject(t, 0, t.length()).predicate(),
        t.length());
    assertThat(q.leads()).isTrue();
    assertThat(q.partners()).containsExactly("Ban Dân vận Tỉnh ủy", "các cơ quan, đơn vị liên quan");
    assertThat(q.directs()).isNull();
    String u = "Các đảng ủy trực thuộc lãnh đạo, chỉ đạo tổ chức tuyên truyền.";
    assertThat(AgencyPhrases.predicate(u, AgencyPhrases.subject(u, 0, u.length()).predicate(), u.length()).directs())
        .isNull();
  }

  @Test
  void peersAndPartners() {
    assertThat(AgencyPhrases.peers("Các cấp ủy, tổ chức đảng")).hasSize(2);
    assertThat(AgencyPhrases.peers("Ban Tuyên giáo và Dân vận Tỉnh ủy")).hasSize(1);
    assertThat(AgencyPhrases.peers("Sở Lao động - Thương binh và Xã hội")).hasSize(1);
    assertThat(AgencyPhrases.split("các huyện ủy, thị ủy, thành ủy và Ban Thường vụ Tỉnh đoàn"))
        .isEqualTo(List.of("các huyện ủy, thị ủy, thành ủy", "Ban Thường vụ Tỉnh đoàn"));
  }
}
