package io.nqx.sentences;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds the {@link Sentences} of a document: each line cut into sentences and clauses. A line that starts a
 * heading or a numbered item is cut from where its numbering label ends ("(6) Bảo đảm ..." from "Bảo"), so no
 * later stage reads a label's digits as a quantity; that is why the stage needs the outline.
 */
public final class SentenceStage implements Stage<Sentences> {
  @Override
  public Layer<Sentences> adds() {
    return Sentences.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER);
  }

  @Override
  public Sentences apply(Doc doc) {
    SourceText text = doc.text();
    Outline outline = doc.get(Outline.LAYER);
    List<Sentence> all = new ArrayList<>();
    for (TextLine line : text.lines()) {
      if (line.isEmpty()) {
        continue;
      }
      int from = outline.startingAt(line.start()).map(Section::textStart).orElse(line.start());
      all.addAll(SentenceSplitter.sentences(text.text(), from, line.end()));
    }
    return new Sentences(all);
  }
}
