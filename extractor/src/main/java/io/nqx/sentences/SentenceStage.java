package io.nqx.sentences;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.tables.Cell;
import io.nqx.tables.Table;
import io.nqx.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@link Sentences} of a document: each line cut into sentences and clauses. A line that starts a
 * heading or a numbered item is cut from where its numbering label ends ("(6) Bảo đảm ..." from "Bảo"), so no
 * later stage reads a label's digits as a quantity; that is why the stage needs the outline. A table's lines
 * are cut cell by cell instead: no sentence runs from one cell into the next, and a cell whose text wraps over
 * several lines is one stretch.
 */
public final class SentenceStage implements Stage<Sentences> {
  @Override
  public Layer<Sentences> adds() {
    return Sentences.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER, Tables.LAYER);
  }

  private static int lastLine(SourceText text, Table t) {
    return text.lineIndexAt(Math.max(t.range().start(), t.range().end() - 1));
  }

  @Override
  public Sentences apply(Doc doc) {
    SourceText text = doc.text();
    Outline outline = doc.get(Outline.LAYER);
    List<Sentence> all = new ArrayList<>();
    List<Table> tables = doc.get(Tables.LAYER).all();
    int t = 0;
    List<TextLine> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      while (t < tables.size() && tables.get(t).range().end() <= line.start()
          && lastLine(text, tables.get(t)) < i) {
        t++;
      }
      if (t < tables.size() && text.lineIndexAt(tables.get(t).range().start()) <= i && i <= lastLine(text, tables.get(t))) {
        if (i == lastLine(text, tables.get(t))) {
          for (Cell c : tables.get(t).cells()) {
            if (!c.isEmpty()) {
              all.addAll(SentenceSplitter.sentences(text.text(), c.range().start(), c.range().end()));
            }
          }
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      int from = outline.startingAt(line.start()).map(Section::textStart).orElse(line.start());
      all.addAll(SentenceSplitter.sentences(text.text(), from, line.end()));
    }
    all.sort(java.util.Comparator.comparingInt(Sentence::start));
    return new Sentences(all);
  }
}
