package io.nqx.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelTest {
  private static void assertLabel(String line, LabelStyle style, String number, String title) {
    Label label = Label.parse(line);
    assertThat(label).as(line).isNotNull();
    assertThat(label.style()).as(line).isEqualTo(style);
    assertThat(label.number()).as(line).isEqualTo(number);
    assertThat(line.substring(label.titleStart())).as(line).isEqualTo(title);
  }

  @Test
  void romanNumeralsWithADotOrADash() {
    assertLabel("I. QUAN ĐIỂM", LabelStyle.ROMAN, "I", "QUAN ĐIỂM");
    assertLabel("II- MỤC TIÊU", LabelStyle.ROMAN, "II", "MỤC TIÊU");
    assertLabel("IV- TỔ CHỨC THỰC HIỆN", LabelStyle.ROMAN, "IV", "TỔ CHỨC THỰC HIỆN");
    assertLabel("IX – KHÁC", LabelStyle.ROMAN, "IX", "KHÁC");
    assertLabel("XII. PHẦN CUỐI", LabelStyle.ROMAN, "XII", "PHẦN CUỐI");
  }

  @Test
  void arabicHierarchicalWithOrWithoutTheFinalDot() {
    assertLabel("1. Quan điểm", LabelStyle.ARABIC, "1", "Quan điểm");
    assertLabel("2.1. Mục tiêu tổng quát", LabelStyle.ARABIC, "2.1", "Mục tiêu tổng quát");
    assertLabel("3.5.1. Dân số", LabelStyle.ARABIC, "3.5.1", "Dân số");
    assertLabel("3.5.2 Đào tạo", LabelStyle.ARABIC, "3.5.2", "Đào tạo");
    assertThat(Label.parse("3.5.1. Dân số").components()).containsExactly(3, 5, 1);
    assertThat(Label.parse("3.5.1. Dân số").parentNumber()).isEqualTo("3.5");
    assertThat(Label.parse("1. Dân số").parentNumber()).isNull();
  }

  @Test
  void parenthesizedAndClosingParenNumbers() {
    assertLabel("(1) Quản lý nguồn lực", LabelStyle.PAREN_NUMBER, "(1)", "Quản lý nguồn lực");
    assertLabel("(10) Chỉ số hạnh phúc", LabelStyle.PAREN_NUMBER, "(10)", "Chỉ số hạnh phúc");
    assertLabel("2) Hỗ trợ trực tiếp", LabelStyle.NUMBER_PAREN, "2)", "Hỗ trợ trực tiếp");
  }

  @Test
  void lowerCaseLettersOfTheVietnameseAlphabet() {
    assertLabel("a) Quán triệt", LabelStyle.LOWER_LETTER, "a", "Quán triệt");
    assertLabel("b. Rà soát", LabelStyle.LOWER_LETTER, "b", "Rà soát");
    assertLabel("đ) Tuyên truyền", LabelStyle.LOWER_LETTER, "đ", "Tuyên truyền");
  }

  @Test
  void upperCaseLettersPartsAndArticles() {
    assertLabel("A. TÌNH HÌNH", LabelStyle.UPPER_LETTER, "A", "TÌNH HÌNH");
    assertLabel("C. NHIỆM VỤ", LabelStyle.UPPER_LETTER, "C", "NHIỆM VỤ");
    assertLabel("Phần I. ĐÁNH GIÁ", LabelStyle.PART, "Phần I", "ĐÁNH GIÁ");
    assertLabel("PHẦN II: MỤC TIÊU", LabelStyle.PART, "PHẦN II", "MỤC TIÊU");
    assertLabel("Phần thứ nhất", LabelStyle.PART, "Phần thứ nhất", "");
    assertLabel("Điều 1. Phê duyệt", LabelStyle.ARTICLE, "Điều 1", "Phê duyệt");
    assertLabel("ĐIỀU 2: Hiệu lực", LabelStyle.ARTICLE, "ĐIỀU 2", "Hiệu lực");
  }

  @Test
  void aLabelAloneOnItsLine() {
    assertLabel("II.", LabelStyle.ROMAN, "II", "");
    assertLabel("2.2.", LabelStyle.ARABIC, "2.2", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2030 là năm hoàn thành", "1.500 căn nhà ở xã hội", "24/11/2023 Ban Chấp hành", "15 tuổi đạt khoảng 22%",
      "I.1", "III.1.1", "Ia. không phải", "Xây dựng 8.300 căn", "- Tỷ lệ hộ nghèo", "1,5% lao động",
      "Chương trình hành động", "100% hộ gia đình", "12345. số lạ", "Phần lớn người dân", "Điều kiện sống"})
  void textThatOnlyLooksNumberedIsNoLabel(String line) {
    assertThat(Label.parse(line)).as(line).isNull();
  }

  @Test
  void majorStylesRankByNesting() {
    List<String> order = List.of("Phần I. X", "A. X", "I. X", "1. X", "1.1. X", "1.1.1. X");
    for (int i = 1; i < order.size(); i++) {
      assertThat(Label.parse(order.get(i - 1)).rank()).as(order.get(i)).isLessThan(Label.parse(order.get(i)).rank());
    }
    assertThat(Label.parse("Điều 1. X").rank()).isEqualTo(Label.parse("I. X").rank());
    assertThat(Label.parse("(1) X").style().isMajor()).isFalse();
  }
}
