package io.nqx.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The 2025 arrangement of provinces (Resolution 202/2025/QH15) and which documents belong to none. */
class ProvincesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"Hà Giang, Tuyên Quang", "Tuyên Quang, Tuyên Quang", "Hậu Giang, Cần Thơ", "Sóc Trăng, Cần Thơ",
      "Bắc Giang, Bắc Ninh", "Yên Bái, Lào Cai", "Lào Cai, Lào Cai", "Bình Dương, Hồ Chí Minh",
      "Bà Rịa - Vũng Tàu, Hồ Chí Minh", "Quảng Nam, Đà Nẵng", "Kon Tum, Quảng Ngãi", "Hà Nội, Hà Nội",
      "Lai Châu, Lai Châu", "Đắk Nông, Lâm Đồng", "Bình Định, Gia Lai"})
  void currentProvinceOfEachFormerOne(String former, String current) {
    assertThat(Provinces.current(former)).isEqualTo(current);
  }

  @Test
  void sixtyThreeFormerAndThirtyFourCurrentProvinces() {
    assertThat(Provinces.names()).hasSizeGreaterThanOrEqualTo(63);
    assertThat(Provinces.names().stream().map(Provinces::current).distinct()).hasSize(34);
    assertThat(Provinces.current(null)).isNull();
    assertThat(Provinces.current("An Bình")).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"03/NQ-CP, true", "2629/QĐ-TTg, true", "57-NQ/TW, true", "202/2025/QH15, true", "6676/BYT-CDS, true",
      "165/KH-UBND, false", "75/2025/NQ-HĐND, false", "12-CTr/TU, false", "0125/KH-UBND, false"})
  void aCentralBodysDocumentBelongsToNoProvince(String number, boolean central) {
    assertThat(DocumentInfoReader.central(number)).isEqualTo(central);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"Thanh Hoá, Thanh Hóa", "Khánh Hoà, Khánh Hòa", "Hoà Bình, Hòa Bình", "Thanh Hóa, Thanh Hóa"})
  void theOlderPlacementOfToneMarksNamesTheSameProvince(String spelling, String name) {
    assertThat(Provinces.spellings().get(spelling)).isEqualTo(name);
  }

  @Test
  void olderSpellingsInADocument() throws Exception {
    var text = io.nqx.ingest.Ingestor.create().read(("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HOÀ\n\nSố: 5/KH-UBND\n\n"
        + "*Khánh Hoà, ngày 2 tháng 3 năm 2024*\n\nKẾ HOẠCH\n\nI. MỤC TIÊU\n\nNội dung.\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.md");
    DocumentInfo info = DocumentInfoReader.read(text, io.nqx.sections.SectionParser.parse(text));
    assertThat(info.province()).isEqualTo("Khánh Hòa");
    assertThat(info.provinceCurrent()).isEqualTo("Khánh Hòa");
    assertThat(Provinces.current("Ninh Thuận")).isEqualTo("Khánh Hòa");
  }
}
