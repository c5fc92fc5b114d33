package io.nqx.targets;

import io.nqx.agencies.AgencyPhrases;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.tables.Cell;
import io.nqx.tables.CellRef;
import io.nqx.tables.ColumnRole;
import io.nqx.tables.Table;
import io.nqx.tables.TableView;
import io.nqx.tables.Tables;
import io.nqx.text.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table as the target rules read it: what it means ({@link TableView}), where it stands in the outline,
 * the caption above it ("DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"), the section its rows name ("PL.I.4" in an annex), and
 * whether it is read at all (an annex that is a form or a list of documents or addressees is not).
 */
final class TableContext {
  /** How many lines above a table are read as its caption. */
  private static final int CAPTION_LINES = 3;
  private static final Pattern ANNEX_NUMBER = Pattern.compile(
      "ph[uụ]\\s*l[uụ]c\\s+(?:số\\s+)?([ivxlc]+|\\d{1,3}|[a-zđ])(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE
          | Pattern.UNICODE_CASE);
  /** Annexes whose numbers are no commitments: forms, lists of documents, of addressees, of people. */
  private static final Pattern NOT_READ = Pattern.compile("(?:^|[^\\p{L}])(?:mẫu|biểu mẫu|phiếu|tờ khai|đơn đề nghị|"
      + "danh sách|danh mục (?:các )?văn bản|nơi nhận|giấy)(?![\\p{L}])");
  private static final Pattern DEADLINE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");

  private final TableView view;
  private final List<Section> path;
  private final String sectionPrefix;
  private final List<String> caption;
  private final boolean read;

  private TableContext(TableView view, List<Section> path, String sectionPrefix, List<String> caption,
      boolean read) {
    this.view = view;
    this.path = path;
    this.sectionPrefix = sectionPrefix;
    this.caption = caption;
    this.read = read;
  }

  static List<TableContext> of(DocContext doc, Tables tables) {
    List<TableContext> out = new ArrayList<>();
    for (Table t : tables.all()) {
      List<Section> path = doc.outline().path(t.range().start());
      TableView view = TableView.of(t, doc.year());
      List<String> caption = caption(doc.text(), tables, t, path);
      String prefix = null;
      boolean read = !path.isEmpty();
      Section annex = annex(path);
      if (annex != null) {
        Matcher m = ANNEX_NUMBER.matcher(annex.title());
        String number = m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT).replaceFirst("^0+(?=\\d)", "") : "";
        prefix = number.isEmpty() ? "PL" : "PL." + number;
        read &= annexRead(doc.text(), path);
      }
      out.add(new TableContext(view, path, prefix, caption, read));
    }
    return out;
  }

  TableView view() {
    return view;
  }

  Table table() {
    return view.table();
  }

  List<Section> path() {
    return path;
  }

  /** Whether its numbers are read: it stands in the outline and in no annex of forms or lists. */
  boolean read() {
    return read;
  }

  List<String> caption() {
    return caption;
  }

  /** The section a body row's numbers are written under: "PL.I.4" in annex I; the heading's elsewhere (null). */
  String section(TableView.Row row) {
    return sectionPrefix == null ? null : sectionPrefix + "." + row.path();
  }

  /** The titles that head a cell: the table's caption, its column's header, the group rows above its row. */
  List<String> headings(Cell cell, TableView.Row row) {
    List<String> out = new ArrayList<>(caption);
    int item = view.column(ColumnRole.ITEM);
    if (item >= 0 && item != cell.column()) {
      out.add(view.table().header(item));
    }
    out.add(view.table().header(cell.column()));
    out.addAll(row.groups());
    return out;
  }

  /**
   * The place of a cell that the running-text rules read, or null for a cell they leave: header rows, group
   * rows, labels, agencies and deadlines; in a target table everything but the item cell, whose numbers qualify
   * or add to the row's value.
   */
  Place place(Cell cell) {
    if (cell.row() < view.table().headerRows()) {
      return null;
    }
    TableView.Row row = view.row(cell.row());
    if (row == null || row.group()) {
      return null;
    }
    ColumnRole role = view.role(cell.column());
    if (view.kind() == TableView.Kind.TARGETS && role != ColumnRole.ITEM) {
      return null;
    }
    if (role == ColumnRole.LABEL || role == ColumnRole.LEAD || role == ColumnRole.PARTNERS
        || role == ColumnRole.DEADLINE || role == ColumnRole.UNIT) {
      return null;
    }
    boolean tasks = view.kind() == TableView.Kind.TASKS;
    Integer year = tasks ? deadlineYear(view.text(cell.row(), ColumnRole.DEADLINE))
        : view.year(cell.column()) != null ? view.year(cell.column())
        : row.year() != null ? row.year() : role == ColumnRole.ITEM ? valueYear() : null;
    return new Place(path, section(row), tasks ? SectionKind.NHIEM_VU : null, headings(cell, row), year,
        lead(cell.row()), partners(cell.row()), CellRef.of(view.table(), cell),
        view.kind() == TableView.Kind.TARGETS);
  }

  /** The one year the value columns name (an item cell's numbers are for it), or null for none or several. */
  private Integer valueYear() {
    Integer year = null;
    for (int c = 0; c < view.table().columnCount(); c++) {
      if (view.role(c) == ColumnRole.VALUE && view.year(c) != null) {
        if (year != null && !year.equals(view.year(c))) {
          return null;
        }
        year = view.year(c);
      }
    }
    return year;
  }

  String lead(int gridRow) {
    String s = view.text(gridRow, ColumnRole.LEAD).replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  List<String> partners(int gridRow) {
    return AgencyPhrases.split(view.text(gridRow, ColumnRole.PARTNERS));
  }

  /** The year a deadline names: "Tháng 12/2025", "2025", "Năm 2025-2026" (its last); null for "Thường xuyên". */
  static Integer deadlineYear(String deadline) {
    Matcher m = DEADLINE_YEAR.matcher(deadline);
    Integer year = null;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }

  /** Whether an annex is read for targets: not a form, nor a list of documents, addressees or people. */
  static boolean annexRead(SourceText text, List<Section> path) {
    Section annex = annex(path);
    return annex == null || !NOT_READ.matcher(Spelling.canonical(String.join(" ", opening(text, annex)))).find();
  }

  private static Section annex(List<Section> path) {
    for (Section s : path) {
      if (s.kind() == SectionKind.ANNEX) {
        return s;
      }
    }
    return null;
  }

  /** The first lines of a section, from its heading: an annex's number and title ("PHỤ LỤC II", "MẪU ..."). */
  private static List<String> opening(SourceText text, Section section) {
    List<String> out = new ArrayList<>();
    int i = text.lineIndexAt(section.start());
    for (; i < text.lines().size() && out.size() < CAPTION_LINES; i++) {
      TextLine l = text.lines().get(i);
      if (!l.isEmpty()) {
        out.add(text.lineText(l).strip());
      }
    }
    return out;
  }

  /** The lines right above a table, up to its section's heading or another table, nearest last. */
  private static List<String> caption(SourceText text, Tables tables, Table t, List<Section> path) {
    List<String> out = new ArrayList<>();
    int sectionStart = path.isEmpty() ? 0 : path.get(path.size() - 1).start();
    for (int i = text.lineIndexAt(t.range().start()) - 1; i >= 0 && out.size() < CAPTION_LINES; i--) {
      TextLine l = text.lines().get(i);
      if (l.start() < sectionStart || tables.tableAt(l.start()).isPresent()) {
        break;
      }
      String s = text.lineText(l).strip();
      if (!s.isEmpty() && !s.equals("|")) {
        out.add(0, s);
      }
    }
    return out;
  }
}
