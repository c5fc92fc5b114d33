package io.nqx.facts;

import io.nqx.citations.Citations;
import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.sections.Outline;
import java.util.Set;

/**
 * Adds what a document says about itself ({@link DocumentInfo}), read from its front and back matter, with what
 * it cites and implements.
 */
public final class FactsStage implements Stage<DocumentInfo> {
  @Override
  public Layer<DocumentInfo> adds() {
    return DocumentInfo.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER, Citations.LAYER);
  }

  @Override
  public DocumentInfo apply(Doc doc) {
    return DocumentInfoReader.read(doc.text(), doc.get(Outline.LAYER), doc.get(Citations.LAYER));
  }
}
