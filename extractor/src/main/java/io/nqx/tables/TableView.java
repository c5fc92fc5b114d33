package io.nqx.tables;

import io.nqx.text.Fold;
import io.nqx.text.Spelling;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table means: the role of each column by its header words, the year a column or a group row names,
 * whether it is a table of targets, of tasks, or neither, and for each body row whether it is a group row
 * ("I", "Giai đoạn 2025-2027") and the path of row labels that names it ("I.1.3" under "I" and "I.1" when the
 * numbering restarts in each group). Pure rules over the cells' text.
 */
public final class TableView {
  /** What a table as a whole holds. */
  public enum Kind {
    /** Rows of indicators with values to reach: "Chỉ tiêu | Đơn vị | Kết quả". */
    TARGETS,
    /** Rows of tasks with who leads them or by when: "Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành". */
    TASKS,
    /** Anything else: its cells are read as text. */
    OTHER
  }

  /**
   * One body row.
   *
   * @param index its grid row
   * @param group whether it only heads the rows under it (its value cells are empty)
   * @param label its number as written ("11.1", "I", "" when it has none), without a closing dot
   * @param path the labels from the outermost group down to it, joined by "." ("I.1.3"; its label alone when
   *     the numbering does not restart within groups; the row's grid number when it has no label)
   * @param year the year its innermost group row names ("Đến năm 2030", "Giai đoạn 2025-2027" → 2027), or null
   * @param groups the titles of the group rows above it, outermost first
   */
  public record Row(int index, boolean group, String label, String path, Integer year, List<String> groups) {
    public Row {
      groups = List.copyOf(groups);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/])((?:19|20)\\d\\d)(?![\\d.,%])");
  private static final Pattern ROMAN = Pattern.compile("[IVX]+");
  private static final Pattern LABEL_TEXT = Pattern.compile("(?:[IVXLC]+|\\d{1,3}|[A-Za-zĐđ])(?:\\.\\d{1,3})*[.)]?");

  private final Table table;
  private final List<ColumnRole> roles;
  private final List<Integer> years;
  private final Kind kind;
  private final List<Row> rows;

  private TableView(Table table, List<ColumnRole> roles, List<Integer> years, Kind kind, List<Row> rows) {
    this.table = table;
    this.roles = List.copyOf(roles);
    this.years = years;
    this.kind = kind;
    this.rows = List.copyOf(rows);
  }

  /** A table read for its meaning; {@code documentYear} (null when unknown) tells a baseline year from a target's. */
  public static TableView of(Table table, Integer documentYear) {
    List<ColumnRole> roles = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    boolean tasks = false;
    for (int c = 0; c < table.columnCount(); c++) {
      String header = table.header(c);
      String folded = fold(header);
      tasks |= folded.matches(".*(?<![\\p{L}\\d])(?:nhiem vu|cong viec|hoat dong)(?![\\p{L}\\d]).*") && !folded.contains("chi tieu");
      years.add(lastYear(header));
    }
    boolean item = false;
    for (int c = 0; c < table.columnCount(); c++) {
      ColumnRole role = role(fold(table.header(c)), years.get(c), documentYear, item, tasks);
      item |= role == ColumnRole.ITEM;
      roles.add(role);
    }
    boolean hasItem = roles.contains(ColumnRole.ITEM);
    Kind kind = Kind.OTHER;
    if (hasItem && tasks && (roles.contains(ColumnRole.LEAD) || roles.contains(ColumnRole.DEADLINE))) {
      kind = Kind.TASKS;
    } else if (hasItem && roles.contains(ColumnRole.VALUE)) {
      kind = Kind.TARGETS;
    }
    return new TableView(table, roles, years, kind, rows(table, roles));
  }

  public Table table() {
    return table;
  }

  public Kind kind() {
    return kind;
  }

  /** The role of each column, left to right. */
  public List<ColumnRole> roles() {
    return roles;
  }

  public ColumnRole role(int column) {
    return roles.get(column);
  }

  /** The year a column's header names ("Năm 2030", "Đến năm 2030", "Giai đoạn 2026-2030" → 2030), or null. */
  public Integer year(int column) {
    return years.get(column);
  }

  /** The first column with a role, or -1. */
  public int column(ColumnRole role) {
    return roles.indexOf(role);
  }

  /** The body rows (those under the header), in order. */
  public List<Row> rows() {
    return rows;
  }

  /** The body row at a grid row, or null for a header row. */
  public Row row(int gridRow) {
    for (Row r : rows) {
      if (r.index() == gridRow) {
        return r;
      }
    }
    return null;
  }

  /** The text of a row's cell in the first column of a role ("" when the table has none). */
  public String text(int gridRow, ColumnRole role) {
    int c = column(role);
    return c < 0 ? "" : table.text(gridRow, c);
  }

  private static String fold(String header) {
    return Fold.fold(Spelling.canonical(header));
  }

  /** The last year a text names ("Giai đoạn 2025-2027" → 2027), or null. */
  public static Integer lastYear(String text) {
    Matcher m = YEAR.matcher(text);
    Integer year = null;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }

  /**
   * A column's role from its folded header. "Chỉ tiêu" names the rows when no column before did, and a
   * value after one that did ("Nội dung | Chỉ tiêu"); "Kết quả" is what a task delivers in a task table and
   * a value to reach in any other; a year column is a baseline when the year is before the document's.
   */
  static ColumnRole role(String h, Integer year, Integer documentYear, boolean itemBefore, boolean tasks) {
    if (h.isEmpty()) {
      return ColumnRole.OTHER;
    }
    if (h.matches("(?:s?tt|so tt|so thu tu|thu tu|ma so|ma|stt \\w+)")) {
      return ColumnRole.LABEL;
    }
    if (h.contains("phoi hop") && !h.contains("chu tri")) {
      return ColumnRole.PARTNERS;
    }
    if (h.contains("chu tri") || h.contains("theo doi") || h.contains("dau moi") || h.contains("trach nhiem")
        || h.matches(".*(?<![\\p{L}\\d])(?:co quan|don vi) (?:thuc hien|giao|quan ly|phu trach)(?![\\p{L}\\d]).*")) {
      return ColumnRole.LEAD;
    }
    if (h.matches("(?:don vi|don vi tinh|dvt|don vi do|don vi tinh \\w+)") || h.startsWith("don vi tinh")
        || h.equals("dv")) {
      return ColumnRole.UNIT;
    }
    if (h.contains("ghi chu")) {
      return ColumnRole.NOTE;
    }
    if (h.matches(".*(?<![\\p{L}\\d])(?:thoi gian|thoi han|tien do|thoi diem|moc thoi gian)(?![\\p{L}\\d]).*")) {
      return ColumnRole.DEADLINE;
    }
    if (h.contains("san pham") || (tasks && h.matches(".*(?<![\\p{L}\\d])ket qua(?![\\p{L}\\d]).*") && !h.matches(".*(?<![\\p{L}\\d])nam \\d{4}(?![\\p{L}\\d]).*"))
        || h.contains("hinh thuc van ban")) {
      return ColumnRole.PRODUCT;
    }
    if (h.matches(".*(?<![\\p{L}\\d])(?:hien trang|thuc trang|thuc hien nam|ket qua thuc hien|uoc thuc hien|uoc dat|da dat|"
        + "ket qua dat duoc|nam goc|so lieu nam|so sanh|so voi|ti le thuc hien|ti le hoan thanh|lui ke)(?![\\p{L}\\d]).*")
        || h.matches("(?:thuc hien|uoc th|uoc)(?: \\d{4})?")) {
      return ColumnRole.BASELINE;
    }
    if (h.matches(".*(?<![\\p{L}\\d])(?:chi tieu|noi dung|ten chi tieu|nhiem vu|ten nhiem vu|danh muc|hang muc|tieu chi|"
        + "linh vuc|cong viec|hoat dong|chi so|ten)(?![\\p{L}\\d]).*") && !itemBefore && !h.matches(".*(?<![\\p{L}\\d])(?:19|20)\\d\\d(?![\\p{L}\\d]).*")) {
      return ColumnRole.ITEM;
    }
    if (year != null && documentYear != null && year < documentYear && !h.matches(".*(?<![\\p{L}\\d])(?:den|toi|muc tieu)(?![\\p{L}\\d]).*")) {
      return ColumnRole.BASELINE;
    }
    if (year != null || h.matches(".*(?<![\\p{L}\\d])(?:ket qua|muc tieu|chi tieu|gia tri|ke hoach|muc|don gia|so luong|"
        + "ti le|lo trinh|phan dau|dinh muc|so tien|gia)(?![\\p{L}\\d]).*")) {
      return ColumnRole.VALUE;
    }
    return ColumnRole.OTHER;
  }

  /** The body rows, each with its group and label path. */
  private static List<Row> rows(Table table, List<ColumnRole> roles) {
    int labelColumn = roles.indexOf(ColumnRole.LABEL);
    int itemColumn = roles.indexOf(ColumnRole.ITEM);
    List<int[]> body = new ArrayList<>();
    List<Boolean> groups = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int r = table.headerRows(); r < table.rowCount(); r++) {
      String label = labelColumn >= 0 ? cleanLabel(table.text(r, labelColumn)) : "";
      boolean group = isGroup(table, roles, r, labelColumn, itemColumn);
      body.add(new int[] {r});
      groups.add(group);
      labels.add(label);
    }
    // Numbering restarts in each group when a label of a row that is no group comes twice.
    java.util.Set<String> seen = new java.util.HashSet<>();
    boolean restarts = false;
    for (int i = 0; i < labels.size(); i++) {
      if (!groups.get(i) && !labels.get(i).isEmpty() && !seen.add(labels.get(i))) {
        restarts = true;
      }
    }
    List<Row> out = new ArrayList<>();
    List<String> stack = new ArrayList<>(); // group labels, outermost first
    List<String> titles = new ArrayList<>();
    List<Integer> stackYears = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      int r = body.get(i)[0];
      String label = labels.get(i);
      if (groups.get(i)) {
        String title = groupTitle(table, r, labelColumn);
        // A group's level: a Roman numeral or a letter opens a top group; "I.1" nests under "I".
        while (!stack.isEmpty() && !nests(label, stack.get(stack.size() - 1))) {
          stack.remove(stack.size() - 1);
          titles.remove(titles.size() - 1);
          stackYears.remove(stackYears.size() - 1);
        }
        Integer year = lastYear(title);
        if (year == null && !stackYears.isEmpty()) {
          year = stackYears.get(stackYears.size() - 1);
        }
        String path = join(stack, label, r, table.headerRows());
        out.add(new Row(r, true, label, path, year, titles));
        stack.add(label);
        titles.add(title);
        stackYears.add(year);
      } else {
        String path = restarts ? join(stack, label, r, table.headerRows()) : labelOrIndex(label, r, table.headerRows());
        Integer year = stackYears.isEmpty() ? null : stackYears.get(stackYears.size() - 1);
        out.add(new Row(r, false, label, path, year, titles));
      }
    }
    return out;
  }

  /**
   * Whether a group label belongs under the group above: "I.1" under "I", and any label of a lower level
   * (letters "A", "B" over Roman numerals over numbers over "1.1" over "a"). A group without a label is a top
   * group.
   */
  private static boolean nests(String label, String above) {
    if (label.isEmpty()) {
      return false;
    }
    return label.startsWith(above + ".") || level(label) > level(above);
  }

  private static int level(String label) {
    if (label.isEmpty()) {
      return -1;
    }
    if (ROMAN.matcher(label).matches()) {
      return 1;
    }
    if (label.matches("[A-ZĐ]")) {
      return 0;
    }
    if (label.matches("\\d+(?:\\.\\d+)*")) {
      return 2 + (int) label.chars().filter(ch -> ch == '.').count();
    }
    return 9;
  }

  /** The path of a row under its groups: a label that extends the innermost group's replaces it. */
  private static String join(List<String> stack, String label, int row, int headerRows) {
    List<String> parts = new ArrayList<>();
    for (String s : stack) {
      if (s.isEmpty()) {
        continue;
      }
      if (!parts.isEmpty() && s.startsWith(parts.get(parts.size() - 1) + ".")) {
        parts.set(parts.size() - 1, s);
      } else {
        parts.add(s);
      }
    }
    String own = labelOrIndex(label, row, headerRows);
    if (!parts.isEmpty() && own.startsWith(parts.get(parts.size() - 1) + ".")) {
      parts.set(parts.size() - 1, own);
    } else {
      parts.add(own);
    }
    return String.join(".", parts);
  }

  private static String labelOrIndex(String label, int row, int headerRows) {
    return label.isEmpty() ? String.valueOf(row - headerRows + 1) : label;
  }

  /** A row number as written, without bold debris and a closing dot or parenthesis: "11.1.", "I." → "11.1", "I". */
  static String cleanLabel(String text) {
    String t = text.replace("*", "").strip();
    if (!LABEL_TEXT.matcher(t).matches()) {
      return t.length() <= 12 ? t.replaceAll("[.)]+$", "") : "";
    }
    return t.replaceAll("[.)]+$", "");
  }

  /**
   * Whether a row only heads the rows under it: every cell but its label and title is empty, or one cell
   * spans most of the grid.
   */
  private static boolean isGroup(Table table, List<ColumnRole> roles, int r, int labelColumn, int itemColumn) {
    List<Cell> cells = table.row(r);
    if (cells.isEmpty()) {
      return false;
    }
    for (Cell c : cells) {
      if (c.colSpan() * 2 > table.columnCount() && !c.isEmpty()) {
        return true;
      }
    }
    boolean title = false;
    for (int col = 0; col < table.columnCount(); col++) {
      Cell c = table.at(r, col).orElse(null);
      if (c == null || c.isEmpty() || c.row() != r) {
        continue;
      }
      if (col == labelColumn) {
        continue;
      }
      if (col == itemColumn || (itemColumn < 0 && !title)) {
        title = true;
        continue;
      }
      ColumnRole role = roles.get(col);
      if (role == ColumnRole.OTHER && c.covers(itemColumn)) {
        continue;
      }
      return false;
    }
    return title;
  }

  private static String groupTitle(Table table, int r, int labelColumn) {
    for (Cell c : table.row(r)) {
      if (c.column() != labelColumn && !c.isEmpty()) {
        return c.text();
      }
    }
    return "";
  }
}
