package io.nqx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Doc;
import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The tables a text lays out, read into grids: Markdown pipe rows and the one-cell-per-line layout of crawled
 * pages, in variants written for the test (a rule line or the blank line it leaves, escaped pipes, a missing
 * closing pipe, group rows merged across, empty cells, cells over several lines, a signature block and page
 * text around).
 */
class TableReadersTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Doc doc(String name, String text) throws Exception {
    SourceText source = Ingestor.create().read(text.getBytes(StandardCharsets.UTF_8), name);
    return PIPELINE.run(source, Set.of(Tables.LAYER));
  }

  private static List<Table> tables(String name, String text) throws Exception {
    return doc(name, text).get(Tables.LAYER).all();
  }

  /** Each grid row as its places' texts: "^" under a cell merged down, "<" right of one merged across. */
  static List<String> grid(Table t) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < t.columnCount(); c++) {
        Cell cell = t.at(r, c).orElse(null);
        row.add(cell == null ? "·" : cell.row() != r ? "^" : cell.column() != c ? "<" : cell.text());
      }
      out.add(String.join(" | ", row));
    }
    return out;
  }

  /** Whether every cell's range holds its text, white space aside: provenance is exact. */
  static void assertSpans(Doc doc) {
    String text = doc.text().text();
    for (Table t : doc.get(Tables.LAYER).all()) {
      for (Cell c : t.cells()) {
        assertThat(text.substring(c.range().start(), c.range().end()).replaceAll("\\s+", " ").strip())
            .isEqualTo(c.text());
      }
    }
  }

  @Test
  void aMarkdownTableWithItsRuleLine() throws Exception {
    Doc doc = doc("plan.md", "Phụ lục\n\n| STT | Chỉ tiêu | ĐVT | Năm 2030 |\n|:---|---|---:|---|\n"
        + "| 1 | Tỉ lệ hộ dùng nước sạch | % | ≥ 98 |\n| 2 | Số xã đạt chuẩn | Xã | 12 |\n\nĐoạn văn sau bảng.\n");
    List<Table> tables = doc.get(Tables.LAYER).all();
    assertThat(tables).hasSize(1);
    Table t = tables.get(0);
    assertThat(t.layout()).isEqualTo(Table.Layout.PIPES);
    assertThat(t.headerRows()).isEqualTo(1);
    assertThat(grid(t)).containsExactly("STT | Chỉ tiêu | ĐVT | Năm 2030", "1 | Tỉ lệ hộ dùng nước sạch | % | ≥ 98",
        "2 | Số xã đạt chuẩn | Xã | 12");
    assertThat(t.header(3)).isEqualTo("Năm 2030");
    assertSpans(doc);
  }

  @Test
  void pipeRowsWithoutAClosingPipeAnEscapedPipeAndABlankLineBetweenRows() throws Exception {
    Doc doc = doc("plan.md", "| TT | Nội dung | Kết quả\n\n| 1 | Cấp A \\| cấp B | 100%\n| 2 | Cấp C | 90%\n");
    Table t = doc.get(Tables.LAYER).all().get(0);
    assertThat(grid(t)).containsExactly("TT | Nội dung | Kết quả", "1 | Cấp A \\| cấp B | 100%", "2 | Cấp C | 90%");
    assertThat(t.headerRows()).isEqualTo(1);
    assertSpans(doc);
  }

  @Test
  void aSingleLineWithPipesIsNoTable() throws Exception {
    assertThat(tables("plan.md", "Lựa chọn A | B.\n\nMột đoạn văn.\n")).isEmpty();
    assertThat(tables("plan.md", "| chỉ một ô |\n| và một ô nữa |\n")).isEmpty(); // one column
  }

  /** A crawled page's table: a signature block before it, a group row merged across, a cell over two lines. */
  private static final String CELL_LINES = String.join("\n",
      "Điều 3. Các cơ quan chịu trách nhiệm thi hành Quyết định này./.",
      "|", "Nơi nhận:", "- Như Điều 3;", "|", "CHỦ TỊCH", "Nguyễn Văn A", "|",
      "PHỤ LỤC", "DANH MỤC CHỈ TIÊU", "|",
      "TT", "|", "Chỉ tiêu", "|", "Đơn vị", "|", "Mục tiêu", "|", "|",
      "A", "|", "Giai đoạn 2026-2028", "|", "|", "|", "|",
      "1", "|", "Tỉ lệ trường học có kết nối", "Internet tốc độ cao", "|", "%", "|", "100%", "|", "|",
      "2", "|", "Số điểm truy cập công cộng", "|", "|", "40", "|", "|",
      "B", "|", "Giai đoạn 2029-2030", "|", "|",
      "1", "|", "Tỉ lệ trạm y tế có bệnh án điện tử", "|", "%", "|", "95%", "|",
      "Trang chủ | Liên hệ", "");

  @Test
  void aTableOfOneCellPerLineBetweenLonePipes() throws Exception {
    Doc doc = doc("page.txt", CELL_LINES);
    List<Table> tables = doc.get(Tables.LAYER).all();
    assertThat(tables).hasSize(1);
    Table t = tables.get(0);
    assertThat(t.layout()).isEqualTo(Table.Layout.CELL_LINES);
    assertThat(t.headerRows()).isEqualTo(1);
    assertThat(grid(t)).containsExactly(
        "TT | Chỉ tiêu | Đơn vị | Mục tiêu",
        "A | Giai đoạn 2026-2028 |  | ",
        "1 | Tỉ lệ trường học có kết nối Internet tốc độ cao | % | 100%",
        "2 | Số điểm truy cập công cộng |  | 40",
        "B | Giai đoạn 2029-2030 | < | <",
        "1 | Tỉ lệ trạm y tế có bệnh án điện tử | % | 95%");
    // The cell over two lines is one span of the text, from its first line to its last.
    Cell twoLines = t.at(2, 1).orElseThrow();
    assertThat(doc.text().position(twoLines.range().start()).line()).isEqualTo(30);
    assertThat(doc.text().position(twoLines.range().end() - 1).line()).isEqualTo(31);
    assertSpans(doc);
  }

  @Test
  void aPageLaidOutBetweenPipesIsNoTableOfItsBody() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      body.append("Dòng ").append(i).append(" của văn bản.\n");
    }
    String page = "|\nSở Y tế\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n" + body + "|\nNơi nhận:\n|\nGIÁM ĐỐC\n|\n";
    for (Table t : tables("page.txt", page)) {
      assertThat(t.cells()).noneMatch(c -> c.text().contains("Dòng 1 "));
    }
  }
}
