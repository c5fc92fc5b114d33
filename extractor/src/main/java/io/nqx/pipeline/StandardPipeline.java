package io.nqx.pipeline;

import io.nqx.agencies.AgencyDictionary;
import io.nqx.citations.CitationStage;
import io.nqx.document.Pipeline;
import io.nqx.document.Stage;
import io.nqx.facts.FactsStage;
import io.nqx.sections.OutlineStage;
import io.nqx.sentences.SentenceStage;
import io.nqx.tables.TableStage;
import io.nqx.targets.TargetStage;
import io.nqx.targets.Taxonomy;
import io.nqx.tasks.TaskStage;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages nqx runs on every document, and the settings they take. A new capability is one more stage in
 * {@link Builder#build()}; the pipeline orders the stages by the layers they need.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** The standard pipeline with the built-in taxonomy. */
  public static Pipeline create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Settings of the standard stages. */
  public static final class Builder {
    private Taxonomy taxonomy = Taxonomy.builtIn();
    private AgencyDictionary agencies = AgencyDictionary.builtIn();
    private final List<Stage<?>> extra = new ArrayList<>();

    private Builder() {}

    /** The indicator codes targets are named by (default: the built-in 42-NQ/TW taxonomy). */
    public Builder taxonomy(Taxonomy taxonomy) {
      this.taxonomy = taxonomy;
      return this;
    }

    /** The bodies assignments are named by (default: the built-in dictionary). */
    public Builder agencies(AgencyDictionary agencies) {
      this.agencies = agencies;
      return this;
    }

    /** A stage of one's own, run with the standard ones in the order their needs give. */
    public Builder stage(Stage<?> stage) {
      extra.add(stage);
      return this;
    }

    public Pipeline build() {
      List<Stage<?>> stages = new ArrayList<>(List.of(
          new OutlineStage(),
          new CitationStage(),
          new TableStage(),
          new SentenceStage(),
          new FactsStage(),
          new TargetStage(taxonomy),
          new TaskStage(agencies)));
      stages.addAll(extra);
      return Pipeline.of(stages);
    }
  }
}
