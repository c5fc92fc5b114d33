package io.nqx.targets;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.sections.Outline;
import io.nqx.sentences.Sentences;
import java.util.List;
import java.util.Set;

/** Adds every numeric target of a document ({@link Target#LAYER}), named by the codes of a taxonomy. */
public final class TargetStage implements Stage<List<Target>> {
  private final TargetExtractor extractor;
  private final Taxonomy taxonomy;

  public TargetStage(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.extractor = new TargetExtractor(taxonomy);
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public Layer<List<Target>> adds() {
    return Target.LAYER;
  }

  @Override
  public Set<Layer<?>> needs() {
    return Set.of(Outline.LAYER, Sentences.LAYER);
  }

  @Override
  public List<Target> apply(Doc doc) {
    return List.copyOf(extractor.extract(doc));
  }
}
