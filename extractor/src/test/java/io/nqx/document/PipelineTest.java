package io.nqx.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import io.nqx.sentences.Sentences;
import io.nqx.targets.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Layer<String> A = Layer.named("a");
  private static final Layer<String> B = Layer.named("b");
  private static final Layer<String> C = Layer.named("c");

  /** A stage that records its runs and adds its name followed by the layers it read. */
  private record Named(Layer<String> adds, Set<Layer<?>> needs, List<String> log) implements Stage<String> {
    @Override
    public String apply(Doc doc) {
      log.add(adds.name());
      StringBuilder s = new StringBuilder(adds.name());
      needs.stream().map(l -> (String) doc.get(l)).sorted().forEach(v -> s.append('(').append(v).append(')'));
      return s.toString();
    }
  }

  private static SourceText text(String s) throws Exception {
    return Ingestor.create().read(s.getBytes(StandardCharsets.UTF_8), "t.md");
  }

  @Test
  void stagesRunAfterWhatTheyNeedWhateverOrderTheyAreGiven() throws Exception {
    List<String> log = new ArrayList<>();
    Pipeline p = Pipeline.of(new Named(C, Set.of(B), log), new Named(B, Set.of(A), log), new Named(A, Set.of(), log));
    assertThat(p.stages()).extracting(Stage::name).containsExactly("a", "b", "c");
    Doc doc = p.run(text("Một dòng."));
    assertThat(log).containsExactly("a", "b", "c");
    assertThat(doc.get(C)).isEqualTo("c(b(a))");
    assertThat(doc.layers()).containsExactly(A, B, C);
  }

  @Test
  void onlyTheStagesTheWantedLayersNeedRun() throws Exception {
    List<String> log = new ArrayList<>();
    Pipeline p = Pipeline.of(new Named(A, Set.of(), log), new Named(B, Set.of(A), log), new Named(C, Set.of(), log));
    Doc doc = p.run(text("Một dòng."), Set.of(B));
    assertThat(log).containsExactly("a", "b");
    assertThat(doc.has(C)).isFalse();
    assertThatThrownBy(() -> doc.get(C)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no layer 'c' on t.md");
  }

  @Test
  void aPipelineThatCannotRunIsRefusedWhenBuilt() {
    List<String> log = new ArrayList<>();
    assertThatThrownBy(() -> Pipeline.of(new Named(B, Set.of(A), log)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stage 'b' needs layer 'a', which no stage adds");
    assertThatThrownBy(() -> Pipeline.of(new Named(A, Set.of(), log), new Named(A, Set.of(), log)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two stages add layer 'a'");
    assertThatThrownBy(() -> Pipeline.of(new Named(A, Set.of(B), log), new Named(B, Set.of(A), log)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stages need each other: a -> b -> a");
  }

  @Test
  void aLayerIsAddedOnceAndTwoLayersOfOneNameStayApart() throws Exception {
    Doc doc = Doc.of(text("Một dòng.")).with(A, "x");
    assertThatThrownBy(() -> doc.with(A, "y")).isInstanceOf(IllegalStateException.class)
        .hasMessage("layer 'a' is already on t.md");
    Layer<String> otherA = Layer.named("a");
    assertThat(doc.with(otherA, "y").get(otherA)).isEqualTo("y");
    assertThat(doc.find(otherA)).isEmpty();
  }

  @Test
  void theStandardStagesRunInOrderAndAStageOfOnesOwnReadsTheirLayers() throws Exception {
    // A stage written outside nqx: the number of sentences under each top-level section.
    Layer<Integer> count = Layer.named("sentence-count");
    Stage<Integer> counting = new Stage<>() {
      @Override
      public Layer<Integer> adds() {
        return count;
      }

      @Override
      public Set<Layer<?>> needs() {
        return Set.of(Sentences.LAYER);
      }

      @Override
      public Integer apply(Doc doc) {
        return doc.get(Sentences.LAYER).all().size();
      }
    };
    Pipeline p = StandardPipeline.builder().stage(counting).build();
    assertThat(p.stages()).extracting(Stage::name)
        .containsExactly("outline", "citations", "tables", "sentences", "facts", "targets", "tasks", "sentence-count");
    Doc doc = p.run(text("KẾ HOẠCH\n\nII. MỤC TIÊU\n\nTỷ lệ hộ nghèo giảm 1%/năm. Tỷ lệ thất nghiệp dưới 2%.\n"));
    // The title line, the heading's words after its label, then the two sentences.
    assertThat(doc.get(count)).isEqualTo(4);
    assertThat(doc.get(Target.LAYER)).hasSize(2);
    assertThat(doc.get(Outline.LAYER).parts()).containsKey(io.nqx.sections.SectionKind.MUC_TIEU);
  }
}
