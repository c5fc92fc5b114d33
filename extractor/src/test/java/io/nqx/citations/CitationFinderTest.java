package io.nqx.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.sections.SectionParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Citations and what a document implements, on texts written for the test. */
class CitationFinderTest {
  private static SourceText text(String s) throws Exception {
    return Ingestor.create().read(s.getBytes(StandardCharsets.UTF_8), "t.md");
  }

  private static List<Citation> cites(String s) throws Exception {
    return CitationFinder.find(text(s));
  }

  private static List<String> implemented(String s) throws Exception {
    SourceText t = text(s);
    List<Citation> all = CitationFinder.find(t);
    return Implements.of(t, SectionParser.parse(t), all);
  }

  @Test
  void aFullMentionGivesTypeNumberSymbolDateAndIssuer() throws Exception {
    List<Citation> c = cites("Căn cứ Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII "
        + "về tiếp tục đổi mới chính sách xã hội.\n");
    assertThat(c).extracting(Citation::type, Citation::number, Citation::symbol, Citation::year, Citation::date,
        Citation::issuer).containsExactly(tuple("nghi_quyet", "42-NQ/TW", "NQ/TW", 2023, "2023-11-24",
            "Ban Chấp hành Trung ương Đảng khóa XIII"));
    assertThat(c.get(0).text()).isEqualTo("Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng "
        + "khóa XIII");
    assertThat(c.get(0).line()).isEqualTo(1);
    assertThat(c.get(0).start()).isEqualTo("Căn cứ ".length());
  }

  @Test
  void numbersOfEveryShape() throws Exception {
    List<Citation> c = cites("Theo Quyết định 338/QĐ-TTg, Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của "
        + "Chính phủ, Thông tư số 02/2023/TT-BYT, Chỉ thị 27/CT-TTg và Kết luận số 12-KL/TW; Công văn số "
        + "6676/BYT-CDS của Bộ Y tế.\n");
    assertThat(c).extracting(Citation::type, Citation::number, Citation::year, Citation::date).containsExactly(
        tuple("quyet_dinh", "338/QĐ-TTg", null, null), tuple("nghi_dinh", "73/2024/NĐ-CP", 2024, "2024-06-30"),
        tuple("thong_tu", "02/2023/TT-BYT", 2023, null), tuple("chi_thi", "27/CT-TTg", null, null),
        tuple("ket_luan", "12-KL/TW", null, null), tuple("cong_van", "6676/BYT-CDS", null, null));
    assertThat(c.get(5).issuer()).isEqualTo("Bộ Y tế");
  }

  @Test
  void aLawByItsNameAndNumber() throws Exception {
    List<Citation> c = cites("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
        + "Căn cứ Bộ luật Lao động số 45/2019/QH14;\n");
    assertThat(c).extracting(Citation::type, Citation::number, Citation::symbol, Citation::year).containsExactly(
        tuple("luat", "72/2025/QH15", "QH15", 2025), tuple("luat", "45/2019/QH14", "QH14", 2019));
  }

  @Test
  void laterShorterMentionsResolveToTheFullOne() throws Exception {
    List<Citation> c = cites("Thực hiện Kế hoạch số 19-KH/TW ngày 27/11/2023 của Bộ Chính trị, tỉnh ban hành kế hoạch.\n\n"
        + "Các nội dung của Kế hoạch 19 được quán triệt; Kế hoạch số 19-KH/TW được sơ kết hằng năm.\n");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).number()).isEqualTo("19-KH/TW");
    assertThat(c.get(0).mentions()).hasSize(3);
    assertThat(c.get(0).issuer()).isEqualTo("Bộ Chính trị");
  }

  @Test
  void aCountInRunningTextIsNoCitation() throws Exception {
    // "kế hoạch 2 năm", "chương trình 3" in lower case with no full mention to explain them are counts
    assertThat(cites("Xây dựng kế hoạch 2 năm và chương trình 3 cấp; tăng 5% so với năm 2024.\n")).isEmpty();
    // a capitalised short name of a document is one: "Đề án 06"
    assertThat(cites("Triển khai Đề án 06 về dữ liệu dân cư.\n")).extracting(Citation::type, Citation::number)
        .containsExactly(tuple("de_an", "06"));
  }

  @Test
  void aBareSymbolIsADocumentOnlyWhenItsSymbolNamesOne() throws Exception {
    assertThat(cites("Tiếp tục thực hiện theo tinh thần 57-NQ/TW; phủ sóng 5G và phòng COVID-19.\n"))
        .extracting(Citation::type, Citation::number).containsExactly(tuple("nghi_quyet", "57-NQ/TW"));
  }

  @Test
  void theDocumentsOwnNumberAndItsAnnexNotesAreNotCitations() throws Exception {
    String doc = "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n\nSố: 165/KH-UBND\n\n*An Bình, ngày 5 tháng 8 năm 2025*\n\nKẾ HOẠCH\n\n"
        + "Thực hiện Chỉ thị số 27/CT-TTg ngày 10/7/2025 của Thủ tướng Chính phủ, UBND tỉnh ban hành kế hoạch.\n\n"
        + "I. MỤC TIÊU\n\nNội dung.\n\nPHỤ LỤC\n\n(Kèm theo Kế hoạch số 165/KH-UBND ngày 5/8/2025 của UBND tỉnh)\n\n"
        + "Kế hoạch số 165/KH-UBND được gửi các sở.\n";
    assertThat(cites(doc)).extracting(Citation::number).containsExactly("27/CT-TTg");
  }

  @Test
  void theIssuerStopsWhereTheTitleOrTheNextClauseBegins() throws Exception {
    assertThat(cites("Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 2/3/2024 của Ủy ban nhân dân tỉnh ban hành quy chế "
        + "làm việc.\n").get(0).issuer()).isEqualTo("Ủy ban nhân dân tỉnh");
    assertThat(cites("| Nghị quyết số 06-NQ/TU của Tỉnh ủy | Sở Y tế |\n").get(0).issuer()).isEqualTo("Tỉnh ủy");
    assertThat(cites("Theo Thông báo số 5-TB/TU của Ban Thường vụ Tỉnh ủy sửa đổi lịch họp.\n").get(0).issuer())
        .isEqualTo("Ban Thường vụ Tỉnh ủy");
  }

  @Test
  void aTitleInCapitalsKeepsTheMixedCaseSymbolOfLaterMentions() throws Exception {
    List<Citation> c = cites("KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG\n\nThực hiện Chỉ thị số 27/CT-TTg của Thủ tướng.\n");
    assertThat(c).extracting(Citation::number, c2 -> c2.mentions().size()).containsExactly(tuple("27/CT-TTg", 2));
  }

  @Test
  void implementsWhatTheTitleAndOpeningSayItCarriesOut() throws Exception {
    assertThat(implemented("TỈNH ỦY AN BÌNH\n\nSố: 12-CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        + "thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng\n\n"
        + "Thực hiện Nghị quyết số 42-NQ/TW và Kế hoạch số 19-KH/TW ngày 27/11/2023 của Bộ Chính trị, Ban Chấp hành "
        + "Đảng bộ tỉnh ban hành Chương trình hành động theo Quyết định số 5/QĐ-UBND, cụ thể như sau:\n\n"
        + "I. MỤC TIÊU\n\nThực hiện Nghị định số 73/2024/NĐ-CP về lương.\n"))
        .containsExactly("42-NQ/TW", "19-KH/TW");
  }

  @Test
  void aLookBackOrAQuotedPassageImplementsNothing() throws Exception {
    assertThat(implemented("BÁO CÁO\n\nSau 8 năm triển khai thực hiện Nghị quyết số 21-NQ/TW của Ban Chấp hành Trung "
        + "ương, tỉnh đạt nhiều kết quả.\n\nI. KẾT QUẢ\n\nNội dung.\n")).isEmpty();
    assertThat(implemented("Hỏi đáp\n\nCăn cứ tiểu mục 4 Mục I Nghị quyết 68-NQ/TW năm 2025 về phát triển kinh tế tư "
        + "nhân có nêu rõ:\n\nI. QUAN ĐIỂM\n\nNội dung.\n")).isEmpty();
  }

  @Test
  void groundsLinesNameThePartyDocumentsCarriedOut() throws Exception {
    assertThat(implemented("CHÍNH PHỦ\n\nSố: 03/NQ-CP\n\nNGHỊ QUYẾT\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n"
        + "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Ban hành.\n"))
        .containsExactly("57-NQ/TW");
  }
}
