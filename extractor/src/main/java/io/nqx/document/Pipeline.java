package io.nqx.document;

import io.nqx.ingest.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages in an order where each runs after the stages that add what it needs. Built once (the order is
 * worked out and checked then: a missing or doubly added layer, or a cycle, is refused with its names) and
 * then run on any number of documents, from any number of threads.
 */
public final class Pipeline {
  private final List<Stage<?>> stages;
  private final Map<Layer<?>, Stage<?>> byLayer;

  private Pipeline(List<Stage<?>> ordered) {
    this.stages = List.copyOf(ordered);
    Map<Layer<?>, Stage<?>> map = new LinkedHashMap<>();
    for (Stage<?> s : ordered) {
      map.put(s.adds(), s);
    }
    this.byLayer = map;
  }

  /**
   * A pipeline of these stages. Stages that do not depend on each other keep the order given; a stage whose
   * needs no stage adds, two stages adding one layer, or a cycle throw {@link IllegalArgumentException}.
   */
  public static Pipeline of(List<? extends Stage<?>> stages) {
    Map<Layer<?>, Stage<?>> adders = new LinkedHashMap<>();
    for (Stage<?> s : stages) {
      Stage<?> before = adders.put(s.adds(), s);
      if (before != null) {
        throw new IllegalArgumentException("two stages add layer '" + s.adds() + "'");
      }
    }
    for (Stage<?> s : stages) {
      for (Layer<?> need : s.needs()) {
        if (!adders.containsKey(need)) {
          throw new IllegalArgumentException("stage '" + s.name() + "' needs layer '" + need + "', which no stage adds");
        }
      }
    }
    List<Stage<?>> ordered = new ArrayList<>();
    Set<Stage<?>> done = identitySet();
    for (Stage<?> s : stages) {
      visit(s, adders, done, new ArrayList<>(), ordered);
    }
    return new Pipeline(ordered);
  }

  public static Pipeline of(Stage<?>... stages) {
    return of(List.of(stages));
  }

  /** Stages are told apart by identity: a stage is an object with a job, not a value. */
  private static Set<Stage<?>> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static void visit(Stage<?> stage, Map<Layer<?>, Stage<?>> adders, Set<Stage<?>> done,
      List<Stage<?>> path, List<Stage<?>> out) {
    if (done.contains(stage)) {
      return;
    }
    if (path.stream().anyMatch(s -> s == stage)) {
      List<String> names = new ArrayList<>();
      path.forEach(s -> names.add(s.name()));
      names.add(stage.name());
      throw new IllegalArgumentException("stages need each other: " + String.join(" -> ", names));
    }
    path.add(stage);
    for (Layer<?> need : stage.needs()) {
      visit(adders.get(need), adders, done, path, out);
    }
    path.remove(path.size() - 1);
    done.add(stage);
    out.add(stage);
  }

  /** The stages in the order they run. */
  public List<Stage<?>> stages() {
    return stages;
  }

  /** Runs every stage on a document. */
  public Doc run(SourceText text) {
    Doc doc = Doc.of(text);
    for (Stage<?> stage : stages) {
      doc = apply(stage, doc);
    }
    return doc;
  }

  /** Runs only the stages that the wanted layers need (a command that prints the outline skips the targets). */
  public Doc run(SourceText text, Set<Layer<?>> wanted) {
    Set<Stage<?>> needed = identitySet();
    for (Layer<?> layer : wanted) {
      require(layer, needed);
    }
    Doc doc = Doc.of(text);
    for (Stage<?> stage : stages) {
      if (needed.contains(stage)) {
        doc = apply(stage, doc);
      }
    }
    return doc;
  }

  private void require(Layer<?> layer, Set<Stage<?>> needed) {
    Stage<?> stage = byLayer.get(layer);
    if (stage == null) {
      throw new IllegalArgumentException("no stage of this pipeline adds layer '" + layer + "'");
    }
    if (needed.add(stage)) {
      for (Layer<?> need : stage.needs()) {
        require(need, needed);
      }
    }
  }

  private static <T> Doc apply(Stage<T> stage, Doc doc) {
    return doc.with(stage.adds(), stage.apply(doc));
  }
}
