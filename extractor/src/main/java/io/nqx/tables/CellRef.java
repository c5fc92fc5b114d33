package io.nqx.tables;

import io.nqx.document.Field;
import io.nqx.document.FieldSet;

/**
 * Where a row's value stands in a document's tables: beside its line and offsets, the table cell a person
 * finds it in. Numbers count from 1 as {@code nqx text --tables} shows them, header rows included.
 *
 * @param table the table's number in the document
 * @param row the cell's row
 * @param column the cell's column
 */
public record CellRef(int table, int row, int column) {
  /** The cell of a table's grid (0-based row and column). */
  public static CellRef of(Table t, Cell c) {
    return new CellRef(t.number(), c.row() + 1, c.column() + 1);
  }

  /** The fields of a cell reference, nested in a record's {@code table} field. */
  public static final FieldSet<CellRef> FIELDS = FieldSet.of("table_cell",
      Field.<CellRef>integer("table", CellRef::table).schema("minimum", 1)
          .describe("The table's number in the document, from 1."),
      Field.<CellRef>integer("row", CellRef::row).schema("minimum", 1)
          .describe("The cell's row, from 1, header rows included."),
      Field.<CellRef>integer("column", CellRef::column).schema("minimum", 1)
          .describe("The cell's column, from 1."));
}
