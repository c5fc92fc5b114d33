package io.nqx.tables;

import io.nqx.document.Layer;
import java.util.List;
import java.util.Optional;

/** The tables of a document in text order (the tables layer). */
public record Tables(List<Table> all) {
  /** The tables layer of a document, added by {@link TableStage}. */
  public static final Layer<Tables> LAYER = Layer.named("tables");

  public Tables {
    all = List.copyOf(all);
  }

  /** The table whose range holds a normalized offset, if any. */
  public Optional<Table> tableAt(int offset) {
    for (Table t : all) {
      if (t.range().start() <= offset && offset < t.range().end()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The cell whose text holds a normalized offset, if any. */
  public Optional<Cell> cellAt(int offset) {
    return tableAt(offset).flatMap(t -> t.cellAt(offset));
  }
}
