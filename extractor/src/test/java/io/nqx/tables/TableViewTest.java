package io.nqx.tables;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Pipeline;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.Range;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a table's header words, group rows and row labels say, in the variants provinces write them. */
class TableViewTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();

  private static Table table(String markdown) throws Exception {
    return PIPELINE.run(Ingestor.create().read(markdown.getBytes(StandardCharsets.UTF_8), "t.md"),
        Set.of(Tables.LAYER)).get(Tables.LAYER).all().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "TT; label", "STT; label", "Số TT; label",
      "Chỉ tiêu; item", "Tên chỉ tiêu; item", "Nội dung; item", "Nhiệm vụ, giải pháp; item", "Tiêu chí; item",
      "Đơn vị; unit", "ĐVT; unit", "Đơn vị tính; unit", "đơn vị tính (%); unit",
      "Kết quả; value", "Mục tiêu đến năm 2030; value", "Năm 2030; value", "Giai đoạn 2026-2030; value",
      "Mức thu (đồng); value", "Giá trị; value",
      "Hiện trạng; baseline", "Thực hiện năm 2020; baseline", "Thực hiện; baseline",
      "Tỷ lệ thực hiện so với kế hoạch (%); baseline", "Lũy kế; baseline", "Tỷ lệ (%); value", "Kế hoạch năm 2026; value", "Năm 2020; baseline", "Ước đạt 2024; baseline",
      "Cơ quan chủ trì; lead", "Đơn vị chủ trì; lead", "Cơ quan chủ trì theo dõi, đánh giá; lead",
      "Cơ quan thực hiện; lead", "Cơ quan phối hợp; partners", "Đơn vị phối hợp; partners",
      "Thời gian hoàn thành; deadline", "Thời hạn; deadline", "Tiến độ thực hiện; deadline",
      "Sản phẩm; product", "Ghi chú; note", "Xếp loại A; other"})
  void aHeaderNamesItsColumnsRole(String header, String role) {
    String folded = io.nqx.text.Fold.fold(io.nqx.text.Spelling.canonical(header));
    assertThat(TableView.role(folded, TableView.lastYear(header), 2025, false, false).id()).isEqualTo(role);
  }

  @Test
  void chiTieuAfterAnItemColumnIsAValueAndKetQuaOfATaskTableIsAProduct() {
    assertThat(TableView.role("chi tieu", null, 2025, true, false)).isEqualTo(ColumnRole.VALUE);
    assertThat(TableView.role("ket qua", null, 2025, false, true)).isEqualTo(ColumnRole.PRODUCT);
    assertThat(TableView.role("ket qua", null, 2025, false, false)).isEqualTo(ColumnRole.VALUE);
  }

  @Test
  void aTargetTableItsGroupRowsAndTheirYears() throws Exception {
    Table t = table("| TT | Tên chỉ tiêu | ĐVT | Chỉ tiêu | Đơn vị chủ trì |\n|---|---|---|---|---|\n"
        + "| A | Đến năm 2027 | | | |\n| 1 | Tỉ lệ xã có bưu điện | % | 100 | Sở Khoa học và Công nghệ |\n"
        + "| 1.1 | trong đó xã miền núi | % | 95 | Sở Khoa học và Công nghệ |\n"
        + "| B | Giai đoạn 2028 - 2030 | | | |\n| 2 | Số thuê bao | Thuê bao | 5000 | Sở Tài chính |\n");
    TableView v = TableView.of(t, 2025);
    assertThat(v.kind()).isEqualTo(TableView.Kind.TARGETS);
    assertThat(v.roles()).containsExactly(ColumnRole.LABEL, ColumnRole.ITEM, ColumnRole.UNIT, ColumnRole.VALUE,
        ColumnRole.LEAD);
    assertThat(v.rows()).extracting(r -> (r.group() ? "group " : "") + r.path() + "@" + r.year())
        .containsExactly("group A@2027", "1@2027", "1.1@2027", "group B@2030", "2@2030");
    assertThat(v.row(5).groups()).containsExactly("Giai đoạn 2028 - 2030");
  }

  @Test
  void numberingThatRestartsInEachGroupIsPrefixedWithTheGroupsLabels() throws Exception {
    Table t = table("| STT | Chỉ tiêu | Kết quả |\n|---|---|---|\n| I | Năm 2026 | |\n| I.1 | Dịch vụ công | |\n"
        + "| 1 | Tỉ lệ A | 90% |\n| 2 | Tỉ lệ B | 80% |\n| I.2 | Dữ liệu | |\n| 1 | Tỉ lệ C | 70% |\n"
        + "| II | Năm 2030 | |\n| 1 | Tỉ lệ D | 100% |\n");
    TableView v = TableView.of(t, 2025);
    assertThat(v.rows()).filteredOn(r -> !r.group()).extracting(r -> r.path() + "@" + r.year())
        .containsExactly("I.1.1@2026", "I.1.2@2026", "I.2.1@2026", "II.1@2030");
  }

  @Test
  void aTaskTable() throws Exception {
    Table t = table("| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n|---|---|---|---|---|\n"
        + "| 1. | Xây dựng kho dữ liệu | Sở Tài chính | Các sở, ngành | 12/2026 |\n"
        + "| 2. | Ban hành quy chế | Văn phòng UBND tỉnh | | 2027 |\n");
    TableView v = TableView.of(t, 2025);
    assertThat(v.kind()).isEqualTo(TableView.Kind.TASKS);
    assertThat(v.rows()).extracting(TableView.Row::path).containsExactly("1", "2");
    assertThat(v.text(2, ColumnRole.LEAD)).isEqualTo("Văn phòng UBND tỉnh");
  }

  @Test
  void aTableOfNamesIsNeither() throws Exception {
    Table t = table("| STT | Họ và tên | Chức vụ |\n|---|---|---|\n| 1 | Nguyễn Văn A | Giám đốc |\n");
    assertThat(TableView.of(t, 2025).kind()).isEqualTo(TableView.Kind.OTHER);
  }

  /** Cells of a source that states no spans, as Tika gives a merged Word header: the grid infers them. */
  @Test
  void spansAreInferredWhereTheSourceStatesNone() {
    String text = "TT Chỉ tiêu Kết quả Cơ quan 2025 2030 I Nhóm A 1 Tỉ lệ 10 20 Sở";
    List<List<GridBuilder.Proto>> rows = new ArrayList<>();
    rows.add(cells(text, "TT", "Chỉ tiêu", "Kết quả", "Cơ quan"));
    rows.add(cells(text, "", "", "2025", "2030", ""));
    rows.add(cells(text, "I", "Nhóm A"));
    rows.add(cells(text, "1", "Tỉ lệ", "10", "20", "Sở"));
    Table t = GridBuilder.build(1, Table.Layout.MARKUP, text, rows, -1);
    assertThat(TableReadersTest.grid(t)).containsExactly(
        "TT | Chỉ tiêu | Kết quả | < | Cơ quan",
        "^ | ^ | 2025 | 2030 | ^",
        "I | Nhóm A | < | < | <",
        "1 | Tỉ lệ | 10 | 20 | Sở");
    assertThat(t.headerRows()).isEqualTo(2);
    assertThat(t.header(3)).isEqualTo("Kết quả / 2030");
  }

  private static List<GridBuilder.Proto> cells(String text, String... texts) {
    List<GridBuilder.Proto> out = new ArrayList<>();
    int from = 0;
    for (String s : texts) {
      if (s.isEmpty()) {
        out.add(GridBuilder.Proto.plain(new Range(0, 0)));
        continue;
      }
      int at = text.indexOf(s, from);
      out.add(GridBuilder.Proto.plain(new Range(at, at + s.length())));
      from = at + s.length();
    }
    return out;
  }
}
