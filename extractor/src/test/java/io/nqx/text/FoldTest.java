package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void caseTonesAndVowelMarksFoldAway() {
    assertThat(Fold.fold("TỔ CHỨC THỰC HIỆN")).isEqualTo("to chuc thuc hien");
    assertThat(Fold.fold("Tổ chức thực hiện")).isEqualTo("to chuc thuc hien");
    assertThat(Fold.fold("to chuc thuc hien")).isEqualTo("to chuc thuc hien");
  }

  @Test
  void bothTonePlacementsFoldAlike() {
    assertThat(Fold.fold("hoá")).isEqualTo(Fold.fold("hóa")).isEqualTo("hoa");
    assertThat(Fold.fold("Tỉ lệ")).isEqualTo("ti le");
    assertThat(Fold.fold("Tỷ lệ")).isEqualTo("ty le");
  }

  @Test
  void decomposedInputFoldsLikeComposed() {
    assertThat(Fold.fold("Đe\u0302\u0300 xua\u0302\u0301t")).isEqualTo("de xuat");
  }

  @Test
  void punctuationAndSpacesCollapse() {
    assertThat(Fold.fold("  QUAN  ĐIỂM,   MỤC TIÊU:  ")).isEqualTo("quan diem muc tieu");
    assertThat(Fold.fold("**II-**")).isEqualTo("ii");
  }

  @Test
  void foldingCharByCharEqualsFoldingTheNormalizedText() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      assertThat(Fold.fold(s)).as("U+%04X", c).isEqualTo(Fold.foldNormalized(s));
    }
    // Compatibility forms and a supplementary letter (mathematical bold A, folded through the slow path).
    assertThat(Fold.fold("ﬁ ½ m² Ⅻ \uD835\uDC00")).isEqualTo(Fold.foldNormalized("ﬁ ½ m² Ⅻ \uD835\uDC00"))
        .isEqualTo("fi 1 2 m2 xii a");
  }

  @Test
  void startsWithAnswersAsFoldingTheWholeTextWould() {
    String[] texts = {"Nơi nhận:", "**Nơi  nhận**: - Như trên;", "  -- NƠI NHẬN", "Nơi", "Nơinhận", "Noi nhan",
        "Lưu: VT, KGVX.", "luu", "", " ", "Nơi  \u00A0 nhận", "Nơi nhậnx", "N\u01A1i nh\u00E2\u0323n"};
    String[] prefixes = {"noi nhan", "luu", "noi", "", "noi nhanx", "n"};
    for (String text : texts) {
      for (String prefix : prefixes) {
        assertThat(Fold.startsWith(text, prefix)).as("%s / %s", text, prefix)
            .isEqualTo(Fold.fold(text).startsWith(prefix));
      }
    }
    assertThat(Fold.startsWith("**Nơi nhận:**", "noi nhan")).isTrue();
    assertThat(Fold.startsWith("Nơi làm việc", "noi nhan")).isFalse();
  }

  @Test
  void editDistanceIsBounded() {
    assertThat(Fold.withinEdits("quan diem", "quan dien", 1)).isTrue();
    assertThat(Fold.withinEdits("quan diem", "quandiem", 1)).isTrue();
    assertThat(Fold.withinEdits("quan diem", "quan di", 1)).isFalse();
    assertThat(Fold.withinEdits("muc tieu", "muc tieu", 0)).isTrue();
    assertThat(Fold.withinEdits("muc tieu", "muc tiêu", 0)).isFalse();
  }
}
