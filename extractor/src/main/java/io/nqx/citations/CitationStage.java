package io.nqx.citations;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.sections.Outline;
import java.util.List;
import java.util.Set;

/** Adds the documents a document cites and those it implements ({@link Citations}). */
public final class CitationStage implements Stage<Citations> {
  @Override
  public Layer<Citations> adds() {
    return Citations.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER);
  }

  @Override
  public Citations apply(Doc doc) {
    List<Citation> found = CitationFinder.find(doc.text());
    List<Citation> all = doc.text().ocrPages().isEmpty() ? found
        : found.stream().map(c -> c.withConfidence(doc.text().ocrConfidence(c.start(), c.end()))).toList();
    return new Citations(all, Implements.of(doc.text(), doc.get(Outline.LAYER), all));
  }
}
