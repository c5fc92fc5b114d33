package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a number expression reads, as "comparator value[-max] unit [unit text]", with variants written for the
 * test: comparators of every form, ranges, scale words, money, rankings, rates per population, times.
 */
class ValueReadingTest {
  private static String read(String text) {
    List<Mention> found = MentionFinder.find(text, 0, text.length());
    assertThat(found).as(text).isNotEmpty();
    Mention m = found.get(0);
    String unit = m.unitCode() == null ? "-" : m.unitCode();
    return m.comparator().id() + " " + m.value().toPlainString()
        + (m.valueMax() == null ? "" : "-" + m.valueMax().toPlainString()) + " " + unit
        + (m.unitText() == null ? "" : " [" + m.unitText() + "]");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "không thấp hơn 20% | ge 20 percent [%]",
      "không dưới 20% | ge 20 percent [%]",
      "không ít hơn 20% | ge 20 percent [%]",
      "khong thap hon 20% | ge 20 percent [%]",
      "thấp hơn 20% | lt 20 percent [%]",
      "không vượt quá 5% | le 5 percent [%]",
      "chưa vượt quá 5% | le 5 percent [%]",
      "không cao hơn 5% | le 5 percent [%]",
      "không quá 5% | le 5 percent [%]",
      "vượt quá 5% | gt 5 percent [%]",
      "vượt 5% | gt 5 percent [%]",
      "cao hơn 5% | gt 5 percent [%]",
      "khoảng trên 60% GDP | gt 60 percent [% GDP]",
      "≥ 55% | ge 55 percent [%]",
      ">= 30% | ge 30 percent [%]",
      "≤ 10% | le 10 percent [%]",
      "> 0,7 | gt 0.7 -",
      "< 5% | lt 5 percent [%]",
      "~ 75% | approx 75 percent [%]",
      "Tỷ lệ thất nghiệp chung dưới 2% | lt 2 percent [%]",
      "tối thiểu có 5 doanh nghiệp | ge 5 -"})
  void comparators(String text, String reading) {
    assertThat(read(text)).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "từ 61% đến 80% | range 61-80 percent [%]",
      "từ 30% đến dưới 70% | range 30-70 percent [%]",
      "khoảng 10 - 12%/năm | range 10-12 percent_per_year [%/năm]",
      "20% - 50% | range 20-50 percent [%]",
      "từ 2.000.000 đồng đến 4.000.000 đồng | range 2000000-4000000 vnd [đồng]",
      "22 - 23 triệu lượt khách | range 22000000-23000000 -"})
  void ranges(String text, String reading) {
    assertThat(read(text)).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2 triệu doanh nghiệp | eq 2000000 -",
      "ít nhất 01 triệu căn hộ | ge 1000000 units [căn hộ]",
      "84,3 nghìn tỷ đồng | eq 84300 billion_vnd [đồng]",
      "84,3 ngàn tỷ đồng | eq 84300 billion_vnd [đồng]",
      "500 tỷ USD | eq 500 billion_usd [USD]",
      "5.000 USD | eq 5000 usd [USD]",
      "12 triệu đồng/người | eq 12 million_vnd_per_nguoi [đồng/người]",
      "12 triệu đồng/người gồm | eq 12 million_vnd_per_nguoi [đồng/người]",
      "6.000.000 đồng/ha đối với lúa | eq 6000000 vnd_per_ha [đồng/ha]",
      "435.000đồng/người | eq 435000 vnd_per_nguoi [đồng/người]",
      "5 tỷ lệ | eq 5 -"})
  void scaleWordsAndMoney(String text, String reading) {
    assertThat(read(text)).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "thuộc nhóm 3 nước đứng đầu ASEAN | le 3 rank [ASEAN]",
      "nhóm 5 nước đứng đầu khu vực châu Á | le 5 rank [khu vực châu Á]",
      "nhóm 50 nước dẫn đầu thế giới về năng lực | le 50 rank [thế giới]",
      "Top 10 nền kinh tế hàng đầu khu vực và | le 10 rank [khu vực]",
      "≤ 3 Đông Nam Á | le 3 rank [Đông Nam Á]",
      "≤ 50 Thế giới | le 50 rank [Thế giới]",
      "gấp 30 lần | eq 30 times [lần]",
      "01 lần/năm | eq 1 times_per_nam [lần/năm]",
      "20 doanh nghiệp hoạt động/nghìn dân | eq 20 per_1k_population [doanh nghiệp hoạt động/nghìn dân]",
      "9 bác sĩ/vạn dân | eq 9 per_10k_population [bác sĩ/vạn dân]",
      "5 giường bệnh/10.000 dân | eq 5 per_10k_population [giường bệnh/10.000 dân]",
      "60 km/h đến | eq 60 - [km/h]",
      "24 giờ/ngày và | eq 24 - [giờ/ngày]"})
  void ranksTimesAndRates(String text, String reading) {
    assertThat(read(text)).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "mạng 5G phủ sóng | 0", "Nghị quyết 68 nêu rõ | 0", "Đề án 06 phục vụ | 0", "Chỉ thị 27 của Thủ tướng | 0",
      "hệ số 2,34 | 1"})
  void namesOfThingsAreNoNumbers(String text, int count) {
    assertThat(MentionFinder.find(text, 0, text.length())).as(text).hasSize(count);
  }
}
