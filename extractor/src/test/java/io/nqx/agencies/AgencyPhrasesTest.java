package io.nqx.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lead and partner agencies as cells and sentences name them. */
class AgencyPhrasesTest {
  @Test
  void aPartnersCellIsCutWhereAnAgencysNameStarts() {
    assertThat(AgencyPhrases.split("Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan"))
        .containsExactly("Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ", "các bộ, ngành, địa phương khác có liên quan");
    assertThat(AgencyPhrases.split("Bộ Khoa học và Công nghệ")).containsExactly("Bộ Khoa học và Công nghệ");
    assertThat(AgencyPhrases.split("Sở Y tế; UBND các huyện, thị xã")).containsExactly("Sở Y tế", "UBND các huyện, thị xã");
    assertThat(AgencyPhrases.split("Bộ Công an (Cục A05, Cục C06), Văn phòng Chính phủ"))
        .containsExactly("Bộ Công an (Cục A05, Cục C06)", "Văn phòng Chính phủ");
    assertThat(AgencyPhrases.split("  ")).isEmpty();
  }

  @Test
  void aSentenceNamesItsLead() {
    assertThat(AgencyPhrases.inSentence("Phấn đấu 95% hộ có kết nối cáp quang do Sở Khoa học và Công nghệ chủ trì."))
        .isEqualTo(new AgencyPhrases.Named("Sở Khoa học và Công nghệ", java.util.List.of()));
    assertThat(AgencyPhrases.inSentence("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, UBND các huyện tổ chức tiêm "
        + "chủng đạt 98%.")).isEqualTo(new AgencyPhrases.Named("Sở Y tế", java.util.List.of("Sở Tài chính", "UBND các huyện")));
    assertThat(AgencyPhrases.inSentence("- Ủy ban nhân dân cấp xã chủ trì rà soát, bảo đảm 100% hộ nghèo được hỗ trợ."))
        .isEqualTo(new AgencyPhrases.Named("Ủy ban nhân dân cấp xã", java.util.List.of()));
  }

  @Test
  void noAgencyNoLead() {
    assertThat(AgencyPhrases.inSentence("Tỷ lệ hộ nghèo giảm 1%/năm.")).isEqualTo(AgencyPhrases.Named.NONE);
    // "chủ trì" after words that name no agency
    assertThat(AgencyPhrases.inSentence("Hội nghị do đồng chí Bí thư chủ trì đạt 100% kế hoạch.").lead()).isNull();
  }
}
