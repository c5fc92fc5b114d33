package io.nqx.sections;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;

/** Adds a document's {@link Outline}: its zones, numbered headings and items, and the part each belongs to. */
public final class OutlineStage implements Stage<Outline> {
  @Override
  public Layer<Outline> adds() {
    return Outline.LAYER;
  }

  @Override
  public Outline apply(Doc doc) {
    return SectionParser.parse(doc.text());
  }
}
