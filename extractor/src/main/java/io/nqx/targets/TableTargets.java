package io.nqx.targets;

import io.nqx.sections.Section;
import io.nqx.tables.Cell;
import io.nqx.tables.CellRef;
import io.nqx.tables.ColumnRole;
import io.nqx.tables.Table;
import io.nqx.tables.TableView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of a target table: one row per number in each value cell of each body row (and in each baseline
 * cell, as a result), named by the row's
 * item cell (or, when that names no indicator, its unit cell: "Chỉ số phát triển con người (HDI)"), in the
 * unit of its own words or of the unit column, for the year its column or group row gives, led by the row's
 * lead agency. The commitment rules decide what each value is, as for a sentence: the table's caption, its
 * column headers and group rows are what heads it. A cell without a number ("Đạt mức tiên tiến") gives none.
 */
final class TableTargets {
  private static final Pattern YEAR_IN_HEADING = Pattern.compile("(?:năm|đến|Đến|NĂM|ĐẾN)\\s+((?:19|20)\\d\\d)(?![\\p{L}\\d])");

  private final Taxonomy taxonomy;
  private final CueFinder cues;

  TableTargets(Taxonomy taxonomy, CueFinder cues) {
    this.taxonomy = taxonomy;
    this.cues = cues;
  }

  List<Target> read(DocContext doc, TableContext context) {
    List<Target> out = new ArrayList<>();
    TableView view = context.view();
    Table table = view.table();
    for (TableView.Row row : view.rows()) {
      if (row.group()) {
        continue;
      }
      for (int c = 0; c < table.columnCount(); c++) {
        if (view.role(c) != ColumnRole.VALUE && view.role(c) != ColumnRole.BASELINE) {
          continue;
        }
        Cell cell = table.at(row.index(), c).orElse(null);
        if (cell == null || cell.isEmpty() || cell.column() != c) {
          continue; // no cell, or the rest of a cell merged across value columns, read at its first
        }
        for (Mention m : MentionFinder.find(doc.text().text(), cell.range().start(), cell.range().end())) {
          out.add(target(doc, context, row, cell, m));
        }
      }
    }
    return out;
  }

  private Target target(DocContext doc, TableContext context, TableView.Row row, Cell cell, Mention m) {
    String all = doc.text().text();
    TableView view = context.view();
    String item = view.text(row.index(), ColumnRole.ITEM);
    String unitCell = view.text(row.index(), ColumnRole.UNIT);
    UnitColumn.Unit column = UnitColumn.of(unitCell);
    String unit;
    String unitText;
    String notAQuantity = null;
    if (m.unit() != Mention.UnitKind.NONE && m.unitCode() != null) {
      unit = m.unit() == Mention.UnitKind.AGE || m.unit() == Mention.UnitKind.DURATION ? "years" : m.unitCode();
      unitText = m.unitText();
    } else if (column != null) {
      unit = column.code();
      unitText = column.text();
    } else {
      unit = "number";
      unitText = null;
      notAQuantity = "bare number";
    }
    CueMatch cue = bestCue(all, cell, row, view, ColumnRole.ITEM);
    if (cue == null) {
      cue = bestCue(all, cell, row, view, ColumnRole.UNIT);
    }
    String code = cue == null ? Indicator.OTHER : cue.code();
    String indicatorUnit = taxonomy.get(code).map(Indicator::unit).filter(u -> !u.isEmpty()).orElse(null);
    if (notAQuantity != null && indicatorUnit != null) {
      unit = indicatorUnit; // "Tuổi thọ trung bình | | 75": the indicator's own unit
      notAQuantity = null;
    }
    if (indicatorUnit != null && !indicatorUnit.equals(unit)) {
      code = Indicator.OTHER;
    }
    Integer year = view.year(cell.column()) != null ? view.year(cell.column()) : row.year();
    if (year == null) {
      year = headingYear(context.path(), context.caption());
    }
    List<Section> path = context.path();
    Section deepest = path.get(path.size() - 1);
    Section heading = TargetExtractor.innermostHeading(path);
    List<String> headings = new ArrayList<>();
    for (Section s : path) {
      if (!s.item()) {
        headings.add(s.title());
      }
    }
    headings.addAll(context.headings(cell, row));
    String before = all.substring(cell.range().start(), m.numberStart());
    String after = all.substring(m.end(), cell.range().end());
    String rowText = rowText(view.table(), row.index());
    Commitments.Decision decision = Commitments.classify(new Commitments.Context(doc.genre(), doc.year(),
        deepest.kind(), TargetExtractor.subkind(path), headings, view.year(cell.column()) != null ? view.year(cell.column())
            : row.year(), "", rowText, item + " " + before, item + " " + before, after, m, unit,
        !Indicator.OTHER.equals(code), "units".equals(unit), false, false));
    if (view.role(cell.column()) == ColumnRole.BASELINE) {
      // "Hiện trạng", "Thực hiện năm 2020": where the indicator stands, whatever the table commits to.
      List<String> evidence = new ArrayList<>(List.of("result:baseline column " + view.table().header(cell.column())));
      evidence.addAll(decision.evidence());
      decision = new Commitments.Decision(Kind.RESULT, evidence);
    } else if (notAQuantity != null && decision.kind() == Kind.TARGET) {
      List<String> evidence = new ArrayList<>(List.of("other:" + notAQuantity));
      evidence.addAll(decision.evidence());
      decision = new Commitments.Decision(Kind.OTHER, evidence);
    }
    String section = context.section(row);
    return new Target(code, item.isEmpty() ? unitCell : item, m.comparator(), m.value(), m.valueMax(), unit,
        unitText, year, section != null ? section : heading.id(), heading.kind(),
        all.substring(m.start(), m.end()).strip(), rowText, doc.text().position(m.numberStart()).line(), m.start(),
        m.end(), decision.kind(), decision.evidence(), context.lead(row.index()), context.partners(row.index()),
        CellRef.of(view.table(), cell));
  }

  /** The longest indicator phrase in a row's cell of a role. */
  private CueMatch bestCue(String all, Cell valueCell, TableView.Row row, TableView view, ColumnRole role) {
    int c = view.column(role);
    if (c < 0) {
      return null;
    }
    Cell cell = view.table().at(row.index(), c).orElse(null);
    if (cell == null || cell.isEmpty()) {
      return null;
    }
    TokenIndex words = TokenIndex.of(all, cell.range().start(), cell.range().end());
    CueMatch best = null;
    for (CueMatch m : cues.matches(words.keys())) {
      if (best == null || m.letters() > best.letters()) {
        best = m;
      }
    }
    return best;
  }

  /** A row's cells as one line: what the review page and the "sentence" field show of a table value. */
  static String rowText(Table table, int row) {
    List<String> parts = new ArrayList<>();
    Cell last = null;
    for (int c = 0; c < table.columnCount(); c++) {
      Cell cell = table.at(row, c).orElse(null);
      if (cell == null || cell == last) {
        continue;
      }
      last = cell;
      parts.add(cell.text());
    }
    return String.join(" | ", parts).strip();
  }

  /** The year the caption above a table names ("CHỈ TIÊU ĐẾN NĂM 2030"), else its headings', or null. */
  private static Integer headingYear(List<Section> path, List<String> caption) {
    for (int i = caption.size() - 1; i >= 0; i--) {
      Matcher h = YEAR_IN_HEADING.matcher(caption.get(i));
      // "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10 tháng 3 năm 2025 ...)" dates the annex, not its targets.
      if (h.find() && !caption.get(i).toLowerCase(java.util.Locale.ROOT).contains("kèm theo")) {
        return Integer.valueOf(h.group(1));
      }
    }
    return TargetExtractor.headingYear(path);
  }
}
