package io.nqx.tables;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.ingest.MarkupTable;
import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@link Tables} of a document: the tables its format's markup defines, then those its text lays
 * out (Markdown pipe rows, one cell per line between lone pipes) where no markup table stands. A "table" whose
 * cell holds a heading of the outline and runs long is a page's layout, not a table, and is left out: its
 * text is read as text.
 */
public final class TableStage implements Stage<Tables> {
  /** A cell of this many lines that holds a heading is page layout. */
  private static final int LAYOUT_LINES = 6;

  @Override
  public Layer<Tables> adds() {
    return Tables.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER);
  }

  @Override
  public Tables apply(Doc doc) {
    SourceText source = doc.text();
    Outline outline = doc.get(Outline.LAYER);
    String text = source.text();
    List<Table> found = new ArrayList<>();
    List<Range> taken = new ArrayList<>();
    for (MarkupTable m : source.markupTables()) {
      List<List<GridBuilder.Proto>> rows = new ArrayList<>();
      for (List<MarkupTable.Cell> row : m.rows()) {
        List<GridBuilder.Proto> cells = new ArrayList<>();
        for (MarkupTable.Cell c : row) {
          cells.add(new GridBuilder.Proto(c.range(), c.colSpan(), c.rowSpan(), c.header(), c.spansKnown()));
        }
        rows.add(cells);
      }
      add(found, taken, GridBuilder.build(0, Table.Layout.MARKUP, text, rows, -1), source, outline);
    }
    for (PipeTables.Found f : PipeTables.find(source, taken)) {
      add(found, taken, GridBuilder.build(0, Table.Layout.PIPES, text, f.rows(), f.ruledHeader() ? 1 : -1), source,
          outline);
    }
    for (CellLineTables.Found f : CellLineTables.find(source, taken)) {
      List<List<GridBuilder.Proto>> rows = new ArrayList<>();
      for (List<Range> row : f.rows()) {
        rows.add(row.stream().map(GridBuilder.Proto::plain).toList());
      }
      add(found, taken, GridBuilder.build(0, Table.Layout.CELL_LINES, text, rows, -1), source, outline);
    }
    found.sort(Comparator.comparingInt(t -> t.range().start()));
    List<Table> numbered = new ArrayList<>();
    for (Table t : found) {
      numbered.add(new Table(numbered.size() + 1, t.layout(), t.range(), t.rowCount(), t.columnCount(), t.headerRows(),
          t.cells()));
    }
    return new Tables(numbered);
  }

  private static void add(List<Table> found, List<Range> taken, Table table, SourceText source, Outline outline) {
    if (table == null || layout(table, source, outline)) {
      return;
    }
    // The lines a table stands on: from the start of its first cell's line to the end of its last cell's.
    int from = source.lineAt(table.range().start()).start();
    int to = source.lineAt(Math.max(table.range().start(), table.range().end() - 1)).end();
    taken.add(new Range(from, Math.max(from, to)));
    found.add(table);
  }

  /** Whether a long cell holds the start of a heading: the table is how a page lays out a document. */
  private static boolean layout(Table table, SourceText source, Outline outline) {
    for (Cell c : table.cells()) {
      if (c.isEmpty()) {
        continue;
      }
      int first = source.lineIndexAt(c.range().start());
      int last = source.lineIndexAt(Math.max(c.range().start(), c.range().end() - 1));
      if (last - first + 1 < LAYOUT_LINES) {
        continue;
      }
      for (int i = first + 1; i <= last; i++) {
        if (outline.startingAt(source.lines().get(i).start()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
