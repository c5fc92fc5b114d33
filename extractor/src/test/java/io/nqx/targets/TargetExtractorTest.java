package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.sections.SectionKind;
import io.nqx.document.Pipeline;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of target extraction on sentences written for the test, not copied from the corpus. */
class TargetExtractorTest {
  private static final Pipeline EXTRACTOR = StandardPipeline.create();
  private static final String FRONT = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n\n";

  private static List<Target> targets(Pipeline pipeline, String body) throws Exception {
    SourceText text = Ingestor.create().read((FRONT + body).getBytes(StandardCharsets.UTF_8), "plan.md");
    return pipeline.run(text).get(Target.LAYER).stream().filter(Target::isTarget).toList();
  }

  /** Targets of one sentence set under "II. MỤC TIÊU / 2. Các chỉ tiêu chủ yếu đến năm 2030". */
  private static List<Target> goals(String sentence) throws Exception {
    return targets(EXTRACTOR, "II. MỤC TIÊU\n\n2. Các chỉ tiêu chủ yếu đến năm 2030\n\n" + sentence + "\n");
  }

  private static String row(Target t) {
    return t.indicator() + " " + t.comparator().id() + " " + t.value().toPlainString()
        + (t.valueMax() == null ? "" : "-" + t.valueMax().toPlainString()) + " " + t.unit();
  }

  private static List<String> rows(String sentence) throws Exception {
    return goals(sentence).stream().map(TargetExtractorTest::row).toList();
  }

  @Test
  void anIndicatorNamedBeforeItsValue() throws Exception {
    assertThat(rows("Tỉ lệ thất nghiệp chung dưới 2,8%, tỉ lệ thất nghiệp khu vực thành thị dưới 3,5%."))
        .containsExactly("unemployment_rate lt 2.8 percent", "unemployment_rate_urban lt 3.5 percent");
  }

  @Test
  void anIndicatorNamedAfterItsValue() throws Exception {
    assertThat(rows("Phấn đấu 48% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội và 33% lực "
        + "lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp."))
        .containsExactly("social_insurance_coverage eq 48 percent", "unemployment_insurance_coverage eq 33 percent");
  }

  @Test
  void anEllipticalListKeepsItsSubject() throws Exception {
    assertThat(rows("Tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99%, cấp trung học cơ sở tối thiểu đạt 96%, cấp "
        + "trung học phổ thông và tương đương đạt trên 80%."))
        .containsExactly("enrolment_rate_primary eq 99 percent", "enrolment_rate_lower_secondary ge 96 percent",
            "enrolment_rate_upper_secondary gt 80 percent");
  }

  @Test
  void coordinatedSubjectsShareTheValue() throws Exception {
    List<Target> found = goals("Bảo đảm 100% hộ gia đình, trường học, trạm y tế có công trình phụ hợp vệ sinh.");
    assertThat(found).extracting(TargetExtractorTest::row)
        .containsExactly("sanitation_households eq 100 percent", "sanitation_schools_clinics eq 100 percent");
    assertThat(found).extracting(Target::valueText).containsOnly("100%");
  }

  @Test
  void aPerPopulationListSharesItsDenominator() throws Exception {
    assertThat(rows("Có 30 giường bệnh, 12 bác sỹ, 3 được sĩ và 25 điều dưỡng viên trên 1 vạn dân."))
        .containsExactly("hospital_beds_per_10k eq 30 per_10k_population", "doctors_per_10k eq 12 per_10k_population",
            "pharmacists_per_10k eq 3 per_10k_population", "nurses_per_10k eq 25 per_10k_population");
    List<Target> ten = goals("Đạt 11 bác sĩ trên 10.000 dân.");
    assertThat(ten).extracting(TargetExtractorTest::row).containsExactly("doctors_per_10k eq 11 per_10k_population");
    assertThat(ten.get(0).unitText()).isEqualTo("trên 10.000 dân");
    assertThat(ten.get(0).valueText()).isEqualTo("Đạt 11 bác sĩ");
  }

  @Test
  void urbanAndRuralQualifiersPickTheSpecificCode() throws Exception {
    assertThat(rows("Tỷ lệ sử dụng nước sạch của dân cư đô thị đạt 99%, nông thôn đạt 95%."))
        .containsExactly("clean_water_urban eq 99 percent", "clean_water_rural eq 95 percent");
    assertThat(rows("Diện tích nhà ở bình quân đầu người đạt 28 m2 sàn/người (đô thị 30 m² sàn/người, nông thôn "
        + "26 m² sàn/người)."))
        .containsExactly("housing_floor_area_per_capita eq 28 m2_per_person",
            "housing_floor_area_per_capita_urban eq 30 m2_per_person",
            "housing_floor_area_per_capita_rural eq 26 m2_per_person");
  }

  @Test
  void unitsIndexLevelLitresAndYearsOfLife() throws Exception {
    assertThat(rows("Tuổi thọ trung bình của người dân khoảng 74,5 tuổi; số năm sống khoẻ đạt tối thiểu 66 năm; "
        + "chỉ số phát triển con người (HDI) đạt 0,8; tỉnh đạt chuẩn xoá mù chữ mức độ 2; cấp nước tối thiểu "
        + "80 lít/người/ngày; xây dựng 5.000 căn hộ nhà ở xã hội."))
        .containsExactly("life_expectancy approx 74.5 years", "healthy_life_years ge 66 years", "hdi eq 0.8 index",
            "literacy_standard_level eq 2 level", "water_volume_per_capita ge 80 litres_per_person_per_day",
            "social_housing_units eq 5000 units");
  }

  @Test
  void spellingVariantsAndMissingDiacriticsMatchTheSameCode() throws Exception {
    assertThat(rows("Tỉ lệ tiêm chủng mở rộng đạt 96%.")).containsExactly("immunisation_rate eq 96 percent");
    assertThat(rows("Tỷ lệ tiêm chủng mở rộng đạt 96%.")).containsExactly("immunisation_rate eq 96 percent");
    assertThat(rows("ti le tiem chung mo rong dat tren 96%.")).containsExactly("immunisation_rate gt 96 percent");
    assertThat(rows("Số năm sống khỏe đạt 67 năm.")).containsExactly("healthy_life_years eq 67 years");
    assertThat(rows("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi dưới 18%."))
        .containsExactly("child_stunting_rate lt 18 percent");
  }

  @Test
  void qualifiersDurationsPlacesAndConditionsAreNoTargets() throws Exception {
    assertThat(rows("Phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi và trẻ dưới 24 tháng tuổi.")).isEmpty();
    assertThat(rows("Thực hiện giáo dục bắt buộc 9 năm cho học sinh (6-14 tuổi).")).isEmpty();
    assertThat(rows("Xây dựng trường nội trú tại 03 xã biên giới; kỷ niệm 70 năm Ngày Thương binh.")).isEmpty();
    assertThat(rows("Cho vay ưu đãi tại các xã có tỷ lệ hộ nghèo từ 30% trở lên.")).isEmpty();
    assertThat(rows("Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 giai đoạn 2026-2030 đến năm 2030.")).isEmpty();
  }

  @Test
  void frontMatterAndSituationHaveNoTargets() throws Exception {
    List<Target> found = targets(EXTRACTOR, "I. TÌNH HÌNH CHUNG\n\nTỷ lệ hộ nghèo giảm còn 4,2%.\n\n"
        + "II. MỤC TIÊU\n\nTỷ lệ hộ nghèo giảm 1%/năm.\n\nNơi nhận:\n- Lưu: VT 5%.\n");
    assertThat(found).extracting(TargetExtractorTest::row)
        .containsExactly("poverty_rate_annual_reduction eq 1 percent_per_year");
    assertThat(found.get(0).section()).isEqualTo("II");
    assertThat(found.get(0).sectionKind()).isEqualTo(SectionKind.MUC_TIEU);
  }

  @Test
  void theYearComesFromTheSentenceElseTheHeading() throws Exception {
    List<Target> found = targets(EXTRACTOR, "II. MỤC TIÊU\n\n1. Chỉ tiêu đến năm 2030\n\n"
        + "Tỷ lệ tiêm chủng mở rộng đạt 95%; trong năm 2026 hỗ trợ 100% gia đình người có công gặp khó khăn về "
        + "nhà ở.\n\n2. Tầm nhìn đến năm 2045\n\nTỷ lệ bao phủ bảo hiểm y tế đạt 100%.\n\n"
        + "III. NHIỆM VỤ\n\nGiảm tỷ lệ trẻ suy dinh dưỡng thấp còi xuống dưới 20%.\n");
    assertThat(found).extracting(Target::year).containsExactly(2030, 2026, 2045, null);
    assertThat(found).extracting(Target::section).containsExactly("II.1", "II.1", "II.2", "III");
    assertThat(found.get(3).comparator()).isEqualTo(Relation.LT);
  }

  @Test
  void anIndicatorOutsideTheTaxonomyIsOtherWithItsOwnWords() throws Exception {
    List<Target> found = goals("Phấn đấu tổng tỷ suất sinh đạt 2,05 con/phụ nữ.");
    assertThat(found).extracting(TargetExtractorTest::row).containsExactly("other eq 2.05 con_per_phu_nu");
    assertThat(found.get(0).indicatorText()).isEqualTo("tổng tỷ suất sinh");
    assertThat(found.get(0).unitText()).isEqualTo("con/phụ nữ");
  }

  @Test
  void provenancePointsAtTheValueInTheSource() throws Exception {
    String body = "II. MỤC TIÊU\n\n(1) Tỷ lệ thất nghiệp khu vực thành thị dưới 2,35%.\n";
    SourceText text = Ingestor.create().read((FRONT + body).getBytes(StandardCharsets.UTF_8), "plan.md");
    Target t = EXTRACTOR.run(text).get(Target.LAYER).stream().filter(Target::isTarget).findFirst().orElseThrow();
    assertThat(t.valueText()).isEqualTo("dưới 2,35%");
    assertThat(text.text().substring(t.start(), t.end())).isEqualTo("dưới 2,35%");
    assertThat(t.line()).isEqualTo(8);
    assertThat(t.sentence()).isEqualTo("Tỷ lệ thất nghiệp khu vực thành thị dưới 2,35%.");
    assertThat(t.interval()).isEqualTo("(,2.35)");
    assertThat(t.indicatorText()).isEqualTo("Tỷ lệ thất nghiệp khu vực thành thị");
  }

  @Test
  void aUsersOwnTaxonomyNamesItsOwnIndicators(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("digital.csv");
    Files.writeString(csv, "code,unit,label_vi,label_en,cues\n"
        + "online_public_services,percent,Dịch vụ công trực tuyến toàn trình,Online public services,dịch vụ công trực tuyến\n");
    Pipeline own = StandardPipeline.builder().taxonomy(Taxonomy.load(csv)).build();
    List<Target> found = targets(own, "II. MỤC TIÊU\n\n100% dịch vụ công trực tuyến toàn trình; 90% người dân dùng "
        + "chữ ký số.\n");
    assertThat(found).extracting(TargetExtractorTest::row)
        .containsExactly("online_public_services eq 100 percent", "other eq 90 percent");
  }

  @Test
  void wordingsOtherProvincesUse() throws Exception {
    assertThat(rows("Tuổi thọ bình quân đạt 75 tuổi.")).containsExactly("life_expectancy eq 75 years");
    assertThat(rows("Tỷ lệ thất nghiệp ở khu vực thành thị dưới 3%; tỷ lệ thất nghiệp dưới 2%."))
        .containsExactly("unemployment_rate_urban lt 3 percent", "unemployment_rate lt 2 percent");
    assertThat(rows("Tỷ lệ người dân tham gia bảo hiểm y tế đạt trên 95%."))
        .containsExactly("health_insurance_coverage gt 95 percent");
    assertThat(rows("Tỷ lệ lao động tham gia bảo hiểm xã hội đạt 40%."))
        .containsExactly("social_insurance_coverage eq 40 percent");
    assertThat(rows("Số giường bệnh/vạn dân đạt 32.")).containsExactly("hospital_beds_per_10k eq 32 per_10k_population");
    assertThat(rows("100% người có công với cách mạng được chăm lo đời sống."))
        .containsExactly("merit_families_living_standard eq 100 percent");
    assertThat(rows("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1-1,5%/năm."))
        .containsExactly("poverty_rate_annual_reduction range 1-1.5 percent_per_year");
  }

  @Test
  void aCodeNeedsItsCuePhraseAndAUnitThatFitsIt() throws Exception {
    // "giảm" near "năm" names no poverty reduction; a share names no per-10k rate; a percentage is no index.
    assertThat(rows("Cắt giảm tối thiểu 30% thời gian thực hiện thủ tục hành chính hằng năm.")).containsExactly(
        "other ge 30 percent");
    assertThat(rows("Phấn đấu 100% cơ sở điều dưỡng được kiểm định chất lượng.")).containsExactly(
        "other eq 100 percent");
    assertThat(rows("Kinh phí chi cho nghiên cứu phát triển đạt 2% GDP; chỉ số phát triển con người (HDI) đạt 0,75."))
        .containsExactly("other eq 2 percent", "hdi eq 0.75 index");
    assertThat(rows("Toàn tỉnh có 5.920 giường bệnh; đạt 15 bác sĩ trên 1 vạn dân."))
        .containsExactly("other eq 5920 units", "doctors_per_10k eq 15 per_10k_population");
    assertThat(rows("Tỷ lệ thất nghiệp giảm 0,5%/năm.")).containsExactly("other eq 0.5 percent_per_year");
  }

  @Test
  void aComparatorLeftAtTheEndOfALineTakesTheNumberAfterTheBlankLine() throws Exception {
    List<Target> found = goals("Phấn đấu tuổi thọ trung bình đạt khoảng\n\n75,5 tuổi.");
    assertThat(found).extracting(TargetExtractorTest::row).containsExactly("life_expectancy approx 75.5 years");
    assertThat(found.get(0).valueText()).isEqualTo("đạt khoảng 75,5 tuổi");
  }
}
