package io.nqx.targets;

import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Stage;
import io.nqx.facts.DocumentInfo;
import io.nqx.sections.Outline;
import io.nqx.sentences.Sentences;
import io.nqx.tables.Tables;
import java.util.List;
import java.util.Set;

/**
 * Adds every quantity of a document with its kind ({@link Target#LAYER}): the targets it commits to, named by the
 * codes of a taxonomy, and the results, parameters, criteria and other numbers told apart from them.
 */
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
    return Set.of(Outline.LAYER, Sentences.LAYER, Tables.LAYER, DocumentInfo.LAYER);
  }

  @Override
  public List<Target> apply(Doc doc) {
    List<Target> targets = extractor.extract(doc);
    if (doc.text().ocrPages().isEmpty()) {
      return List.copyOf(targets);
    }
    return targets.stream().map(t -> t.withConfidence(doc.text().ocrConfidence(t.start(), t.end()))).toList();
  }
}
