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
  void editDistanceIsBounded() {
    assertThat(Fold.withinEdits("quan diem", "quan dien", 1)).isTrue();
    assertThat(Fold.withinEdits("quan diem", "quandiem", 1)).isTrue();
    assertThat(Fold.withinEdits("quan diem", "quan di", 1)).isFalse();
    assertThat(Fold.withinEdits("muc tieu", "muc tieu", 0)).isTrue();
    assertThat(Fold.withinEdits("muc tieu", "muc tiêu", 0)).isFalse();
  }
}
