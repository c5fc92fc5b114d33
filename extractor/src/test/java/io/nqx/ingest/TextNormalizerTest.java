package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  private static TextNormalizer.Normalized plain(String raw) {
    return TextNormalizer.normalize(RawText.unpaged(raw));
  }

  private static String text(String raw) {
    return plain(raw).text();
  }

  @Nested
  class Unicode {
    @Test
    void composesDecomposedVietnameseToNfc() {
      String decomposed = Normalizer.normalize("Tỷ lệ hộ nghèo giảm", Normalizer.Form.NFD);
      assertThat(decomposed).hasSizeGreaterThan("Tỷ lệ hộ nghèo giảm".length());
      assertThat(text(decomposed)).isEqualTo("Tỷ lệ hộ nghèo giảm");
    }

    @Test
    void composedCharacterMapsToTheStartOfItsSequence() {
      // "hoá" written as o + U+0301 after "h": the composed "ó" maps back to the 'o', the next char to 'a'.
      TextNormalizer.Normalized n = plain("xh" + "o\u0301a");
      assertThat(n.text()).isEqualTo("xhóa");
      assertThat(n.positions().position(2)).isEqualTo(new SourcePosition(1, 3));
      assertThat(n.positions().position(3)).isEqualTo(new SourcePosition(1, 5));
    }

    @Test
    void everySpaceCharacterBecomesOnePlainSpace() {
      assertThat(text("đạt\u00A099,5%;\tcấp\u2009trung\u202Fhọc\u3000cơ  sở")).isEqualTo("đạt 99,5%; cấp trung học cơ sở");
    }

    @Test
    void invisibleCharactersAreDropped() {
      assertThat(text("\uFEFFbảo\u200B hiểm\u00AD y\u200D tế")).isEqualTo("bảo hiểm y tế");
    }

    @Test
    void linesAreTrimmed() {
      assertThat(text("   Mục tiêu   \n")).isEqualTo("Mục tiêu");
    }
  }

  @Nested
  class Markdown {
    @Test
    void headingMarksBecomeALevel() {
      TextNormalizer.Normalized n = plain("#### **IV- TỔ CHỨC THỰC HIỆN**\n\nNội dung");
      assertThat(n.text()).isEqualTo("IV- TỔ CHỨC THỰC HIỆN\n\nNội dung");
      assertThat(n.lines().get(0).headingLevel()).isEqualTo(4);
      assertThat(n.lines().get(0).isBold()).isTrue();
      assertThat(n.lines().get(2).headingLevel()).isZero();
    }

    @Test
    void closingHashesAndTripleStarsGo() {
      TextNormalizer.Normalized n = plain("### ***2.1. Mục tiêu tổng quát đến năm 2030*** ###");
      assertThat(n.text()).isEqualTo("2.1. Mục tiêu tổng quát đến năm 2030");
      assertThat(n.lines().get(0).headingLevel()).isEqualTo(3);
      assertThat(n.lines().get(0).isBold()).isTrue();
    }

    @Test
    void boldNumberAtParagraphStartIsKeptAsAHint() {
      TextNormalizer.Normalized n = plain("**2.** Đảng đoàn Hội đồng nhân dân tỉnh");
      assertThat(n.text()).isEqualTo("2. Đảng đoàn Hội đồng nhân dân tỉnh");
      TextLine line = n.lines().get(0);
      assertThat(line.isBold()).isFalse();
      assertThat(line.bold()).containsExactly(new Range(0, 2));
      assertThat(line.isBoldAt(0)).isTrue();
      assertThat(line.isBoldAt(4)).isFalse();
    }

    @Test
    void headingSplitByAConversionIsOneLine() {
      TextNormalizer.Normalized n = plain("**II- MỤC** TIÊU");
      assertThat(n.text()).isEqualTo("II- MỤC TIÊU");
      assertThat(n.lines().get(0).isBoldAt(0)).isTrue();
    }

    @Test
    void adjacentBoldRunsMerge() {
      assertThat(text("**II. MỤC****TIÊU**")).isEqualTo("II. MỤCTIÊU");
      assertThat(plain("**II. MỤC** **TIÊU**").lines().get(0).isBold()).isTrue();
    }

    @Test
    void boldOpenedOnOneLineCarriesToTheNextLineOfTheParagraph() {
      TextNormalizer.Normalized n = plain("**CHƯƠNG TRÌNH  \nCỦA BAN CHẤP HÀNH**\n\nNội dung");
      assertThat(n.lines().get(0).isBold()).isTrue();
      assertThat(n.lines().get(1).isBold()).isTrue();
      assertThat(n.lines().get(3).isBold()).isFalse();
    }

    @Test
    void italicMarkersGoButABulletStarStays() {
      assertThat(text("theo hướng “*xanh, hài hoà*”")).isEqualTo("theo hướng “xanh, hài hoà”");
      assertThat(text("* mục một")).isEqualTo("* mục một");
      assertThat(text("5 * 3")).isEqualTo("5 * 3");
    }

    @Test
    void escapesLoseTheirBackslash() {
      assertThat(text("\\- Tỉ lệ hộ nghèo giảm 1\\.5\\*")).isEqualTo("- Tỉ lệ hộ nghèo giảm 1.5*");
    }

    @Test
    void singleUnderscoresAreText() {
      assertThat(text("mã chi_tieu và __đậm__")).isEqualTo("mã chi_tieu và đậm");
    }

    @Test
    void linksKeepTheirTextImagesGo() {
      assertThat(text("Xem [Nghị quyết 42](https://example.vn/nq42 \"NQ\") ![logo](a.png) tại đây"))
          .isEqualTo("Xem Nghị quyết 42 tại đây");
    }

    @Test
    void rulesAndTableRulesBecomeBlankLines() {
      assertThat(text("Tiêu đề\n\n-----\n\nNội dung")).isEqualTo("Tiêu đề\n\nNội dung");
      assertThat(text("| Chỉ tiêu | 2030 |\n|---|:---:|\n| Hộ nghèo | 1% |"))
          .isEqualTo("| Chỉ tiêu | 2030 |\n\n| Hộ nghèo | 1% |");
    }

    @Test
    void everyKindOfRuleWhateverItsIndentIsDropped() {
      for (String rule : new String[] {"   ---", "\t* * *", "___", "=====", " :---: | ---:", "|:---|---:|"}) {
        assertThat(text("Trên\n\n" + rule + "\n\nDưới")).as(rule).isEqualTo("Trên\n\nDưới");
      }
      // a line that only starts like a rule is text
      assertThat(text("Trên\n\n--- 5 xã\n\nDưới")).isEqualTo("Trên\n\n--- 5 xã\n\nDưới");
      assertThat(text("Trên\n\n-- hết --\n\nDưới")).isEqualTo("Trên\n\n-- hết --\n\nDưới");
    }
  }

  @Nested
  class Html {
    @Test
    void superscriptDigitsBecomeSuperscriptCharacters() {
      assertThat(text("khoảng 29,8 m<sup>2</sup> sàn/người")).isEqualTo("khoảng 29,8 m² sàn/người");
      assertThat(text("H<SUB>2</SUB>O")).isEqualTo("H₂O");
    }

    @Test
    void entitiesDecodeAndTagsGo() {
      assertThat(text("Y tế&nbsp;&amp; giáo dục<br/>đạt&#160;95&#x25;")).isEqualTo("Y tế & giáo dục đạt 95%");
      assertThat(text("<span style=\"x\">tỷ lệ</span> <b>đạt</b>")).isEqualTo("tỷ lệ đạt");
    }

    @Test
    void boldTagsMarkBold() {
      TextNormalizer.Normalized n = plain("<strong>I. QUAN ĐIỂM</strong>");
      assertThat(n.text()).isEqualTo("I. QUAN ĐIỂM");
      assertThat(n.lines().get(0).isBold()).isTrue();
    }

    @Test
    void lessThanBeforeANumberIsText() {
      assertThat(text("tỷ lệ <5% và a < b > c, &unknown; &")).isEqualTo("tỷ lệ <5% và a < b > c, &unknown; &");
    }
  }

  @Nested
  class WrappedLines {
    @Test
    void aLowerCaseStartContinuesTheSentence() {
      TextNormalizer.Normalized n = plain("tuổi thọ trung bình của\nngười dân khoảng 75,5 tuổi.\nTiếp theo");
      assertThat(n.text()).isEqualTo("tuổi thọ trung bình của người dân khoảng 75,5 tuổi.\nTiếp theo");
    }

    @Test
    void aClauseAfterASemicolonContinues() {
      assertThat(text("đạt tối thiểu 68 năm;\nnâng cao chỉ số")).isEqualTo("đạt tối thiểu 68 năm; nâng cao chỉ số");
    }

    @Test
    void listItemsAndLabelsStartTheirOwnLine() {
      assertThat(text("các nội dung sau\na) thực hiện\nb. rà soát\n- tuyên truyền\n(1) quản lý\n2.1. về y tế"))
          .isEqualTo("các nội dung sau\na) thực hiện\nb. rà soát\n- tuyên truyền\n(1) quản lý\n2.1. về y tế");
    }

    @Test
    void aBoldRunWrappedOverTwoLinesIsOneLine() {
      TextNormalizer.Normalized n = plain("**III. TỔ CHỨC\nTHỰC HIỆN**\n\n**1. Sở Y tế**");
      assertThat(n.text()).isEqualTo("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế");
      assertThat(n.lines().get(0).isBold()).isTrue();
    }

    @Test
    void aHardBreakInsideABoldRunIsKept() {
      assertThat(text("**CHƯƠNG TRÌNH  \nCỦA BAN CHẤP HÀNH**")).isEqualTo("CHƯƠNG TRÌNH\nCỦA BAN CHẤP HÀNH");
      assertThat(text("**CHƯƠNG TRÌNH\\\nCỦA BAN CHẤP HÀNH**")).isEqualTo("CHƯƠNG TRÌNH\nCỦA BAN CHẤP HÀNH");
    }

    @Test
    void aLineOpeningWithANumberThatGoesOnContinues() {
      assertThat(text("tỷ lệ trẻ em dưới\n15 tuổi đạt khoảng 22%")).isEqualTo("tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%");
      assertThat(text("phấn đấu đến năm\n2030, tỷ lệ hộ nghèo")).isEqualTo("phấn đấu đến năm 2030, tỷ lệ hộ nghèo");
    }

    @Test
    void aLoneNumberLineIsNotAContinuation() {
      assertThat(text("Số thứ tự\n1\nNhiệm vụ")).isEqualTo("Số thứ tự\n1\nNhiệm vụ");
    }

    @Test
    void headingsAreNeverJoined() {
      assertThat(text("## 2. Mục tiêu\nnội dung")).isEqualTo("2. Mục tiêu\nnội dung");
    }

    @Test
    void aMidSentenceBlankLineIsBridged() {
      assertThat(text("của Bộ Chính trị về một\n\nsố giải pháp đột phá")).isEqualTo("của Bộ Chính trị về một số giải pháp đột phá");
    }

    @Test
    void aBlankLineAfterATitleInCapitalsIsKept() {
      assertThat(text("CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện Nghị quyết")).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện Nghị quyết");
    }

    @Test
    void aBlankLineAfterAFinishedSentenceIsKept() {
      assertThat(text("Hoàn thành.\n\nnội dung")).isEqualTo("Hoàn thành.\n\nnội dung");
    }

    @Test
    void aHyphenBetweenCodePartsIsKeptWithoutSpace() {
      assertThat(text("Nghị quyết số 42-\nNQ/TW ngày 24/11/2023")).isEqualTo("Nghị quyết số 42-NQ/TW ngày 24/11/2023");
      assertThat(text("phát triển kinh tế-\nxã hội")).isEqualTo("phát triển kinh tế-xã hội");
    }

    @Test
    void aWordBrokenByTheLayoutIsRepaired() {
      assertThat(text("chuyển đổi digi-\ntal trong y tế")).isEqualTo("chuyển đổi digital trong y tế");
    }

    @Test
    void joinedLinesStayTraceableToTheirOwnLines() {
      TextNormalizer.Normalized n = plain("tuổi thọ trung bình của\nngười dân khoảng 75,5 tuổi");
      int value = n.text().indexOf("75,5");
      assertThat(n.positions().position(value)).isEqualTo(new SourcePosition(2, 18));
      assertThat(n.positions().position(0)).isEqualTo(new SourcePosition(1, 1));
    }

    @Test
    void windowsAndOldMacLineEndsCountAsOneBreak() {
      TextNormalizer.Normalized n = plain("Một.\r\nHai.\rBa.\nBốn.");
      assertThat(n.text()).isEqualTo("Một.\nHai.\nBa.\nBốn.");
      assertThat(n.positions().position(n.text().indexOf("Bốn"))).isEqualTo(new SourcePosition(4, 1));
      assertThat(n.positions().position(n.text().indexOf("Ba"))).isEqualTo(new SourcePosition(3, 1));
    }
  }

  @Nested
  class Pages {
    private TextNormalizer.Normalized paged(String raw, int... pageStarts) {
      return TextNormalizer.normalize(new RawText(raw, pageStarts, new java.util.BitSet()));
    }

    @Test
    void pageNumberLinesAtPageEdgesAreDropped() {
      String raw = "Mục tiêu đến năm 2030 là bảo đảm an sinh xã hội cho toàn dân trong tỉnh\n"
          + "và nâng cao đời sống.\n\n- 2 -\n"
          + "Trang 3\nTiếp tục thực hiện.\n\n3/10\n";
      TextNormalizer.Normalized n = paged(raw, 0, 4);
      assertThat(n.text()).isEqualTo(
          "Mục tiêu đến năm 2030 là bảo đảm an sinh xã hội cho toàn dân trong tỉnh và nâng cao đời sống.\n\n"
              + "Tiếp tục thực hiện.");
    }

    @Test
    void linesThePdfPutInOneParagraphAreJoinedWhateverTheirFirstLetter() {
      java.util.BitSet soft = new java.util.BitSet();
      soft.set(1);
      soft.set(2);
      String raw = "1.6. Xây dựng Đề án phát triển Bệnh viện Đa khoa số 1 tỉnh\nLào Cai trở thành bệnh viện\n"
          + "chuyên sâu\n\nTrách nhiệm thực hiện: Sở Y tế";
      TextNormalizer.Normalized n = TextNormalizer.normalize(new RawText(raw, new int[] {0}, soft));
      assertThat(n.text()).isEqualTo("1.6. Xây dựng Đề án phát triển Bệnh viện Đa khoa số 1 tỉnh Lào Cai trở thành "
          + "bệnh viện chuyên sâu\n\nTrách nhiệm thực hiện: Sở Y tế");
      assertThat(n.positions().position(n.text().indexOf("Lào Cai"))).isEqualTo(new SourcePosition(2, 1));
    }

    @Test
    void aNumberInsideAPageIsKept() {
      TextNormalizer.Normalized n = paged("Đầu trang.\n\n2030\n\nCuối trang.", 0);
      assertThat(n.text()).isEqualTo("Đầu trang.\n\n2030\n\nCuối trang.");
    }

    @Test
    void aFullPdfLineContinuesEvenBeforeACapital() {
      String raw = "Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành\n"
          + "Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng\n"
          + "chính sách xã hội.\n\n1. Mục đích\nTiếp tục phổ biến.";
      TextNormalizer.Normalized n = paged(raw, 0);
      assertThat(n.text()).isEqualTo("Thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành "
          + "Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội.\n\n"
          + "1. Mục đích\nTiếp tục phổ biến.");
    }

    @Test
    void aHardWrappedMarkdownFileJoinsItsFullLinesToo() {
      String raw = "Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch thực hiện Chỉ thị\n"
          + "Số 27/CT-TTg về công tác dân số trong tình hình mới, cụ thể như sau:\n\n"
          + "1. Mục đích\nTiếp tục phổ biến.";
      assertThat(text(raw)).isEqualTo("Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch thực hiện Chỉ thị "
          + "Số 27/CT-TTg về công tác dân số trong tình hình mới, cụ thể như sau:\n\n1. Mục đích\nTiếp tục phổ biến.");
    }
  }

  @Test
  void blankLineRunsCollapseAndEdgesAreTrimmed() {
    TextNormalizer.Normalized n = plain("\n\n\nMột.\n\n\n\nHai.\n\n");
    assertThat(n.text()).isEqualTo("Một.\n\nHai.");
    assertThat(n.lines()).hasSize(3);
    assertThat(n.positions().position(n.text().indexOf("Hai"))).isEqualTo(new SourcePosition(8, 1));
  }

  @Test
  void aComparatorLeftAtALineEndJoinsTheNumberAfterABlankLine() {
    assertThat(text("Tuổi thọ trung bình đạt khoảng\n\n75 tuổi.")).isEqualTo("Tuổi thọ trung bình đạt khoảng 75 tuổi.");
    assertThat(text("Tỷ lệ hộ nghèo dưới\n\n2%.")).isEqualTo("Tỷ lệ hộ nghèo dưới 2%.");
    // A numbered heading after the blank line stays a line of its own, and so does a sentence that ended.
    assertThat(text("Tỷ lệ đạt khoảng\n\n2. Mục tiêu cụ thể")).isEqualTo("Tỷ lệ đạt khoảng\n\n2. Mục tiêu cụ thể");
    assertThat(text("Kết quả khả quan.\n\n75 tuổi là tuổi thọ.")).isEqualTo("Kết quả khả quan.\n\n75 tuổi là tuổi thọ.");
  }
}
