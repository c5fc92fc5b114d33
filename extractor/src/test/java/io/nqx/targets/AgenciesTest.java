package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lead and partner agencies as cells and sentences name them. */
class AgenciesTest {
  @Test
  void aPartnersCellIsCutWhereAnAgencysNameStarts() {
    assertThat(Agencies.split("Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan"))
        .containsExactly("Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ", "các bộ, ngành, địa phương khác có liên quan");
    assertThat(Agencies.split("Bộ Khoa học và Công nghệ")).containsExactly("Bộ Khoa học và Công nghệ");
    assertThat(Agencies.split("Sở Y tế; UBND các huyện, thị xã")).containsExactly("Sở Y tế", "UBND các huyện, thị xã");
    assertThat(Agencies.split("Bộ Công an (Cục A05, Cục C06), Văn phòng Chính phủ"))
        .containsExactly("Bộ Công an (Cục A05, Cục C06)", "Văn phòng Chính phủ");
    assertThat(Agencies.split("  ")).isEmpty();
  }

  @Test
  void aSentenceNamesItsLead() {
    assertThat(Agencies.inSentence("Phấn đấu 95% hộ có kết nối cáp quang do Sở Khoa học và Công nghệ chủ trì."))
        .isEqualTo(new Agencies.Named("Sở Khoa học và Công nghệ", java.util.List.of()));
    assertThat(Agencies.inSentence("Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, UBND các huyện tổ chức tiêm "
        + "chủng đạt 98%.")).isEqualTo(new Agencies.Named("Sở Y tế", java.util.List.of("Sở Tài chính", "UBND các huyện")));
    assertThat(Agencies.inSentence("- Ủy ban nhân dân cấp xã chủ trì rà soát, bảo đảm 100% hộ nghèo được hỗ trợ."))
        .isEqualTo(new Agencies.Named("Ủy ban nhân dân cấp xã", java.util.List.of()));
  }

  @Test
  void noAgencyNoLead() {
    assertThat(Agencies.inSentence("Tỷ lệ hộ nghèo giảm 1%/năm.")).isEqualTo(Agencies.Named.NONE);
    // "chủ trì" after words that name no agency
    assertThat(Agencies.inSentence("Các hội nghị do lãnh đạo tỉnh chủ trì đạt 100% kế hoạch.").lead()).isNull();
  }
}
