package io.nqx.document;

import io.nqx.ingest.SourceText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One document as nqx knows it: the normalized {@link SourceText} and the layers that stages added to it
 * (its outline, sentences, facts, targets, ...). Immutable: {@link #with} gives a new document with one more
 * layer, so a stage can never change what an earlier stage found.
 */
public final class Doc {
  private final SourceText text;
  private final Map<Layer<?>, Object> layers;

  private Doc(SourceText text, Map<Layer<?>, Object> layers) {
    this.text = Objects.requireNonNull(text);
    this.layers = layers;
  }

  /** A document with no layer yet. */
  public static Doc of(SourceText text) {
    return new Doc(text, Collections.emptyMap());
  }

  public SourceText text() {
    return text;
  }

  /** The value of a layer; a stage asks only for the layers it declared it needs. */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("no layer '" + layer + "' on " + text.source() + " (layers: " + layers.keySet()
          + "); is its stage in the pipeline?");
    }
    return (T) value;
  }

  /** The value of a layer when the document has it. */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> find(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The layers this document has, in the order they were added. */
  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(layers.keySet()));
  }

  /** This document with one more layer. A layer is added once: a second value for it is a bug in a pipeline. */
  public <T> Doc with(Layer<T> layer, T value) {
    Objects.requireNonNull(value, () -> "layer " + layer + " of " + text.source() + " is null");
    if (layers.containsKey(layer)) {
      throw new IllegalStateException("layer '" + layer + "' is already on " + text.source());
    }
    // Insertion order is what layers() reports; a Layer has identity equality, so names never clash.
    Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(layer, value);
    return new Doc(text, Collections.unmodifiableMap(copy));
  }

  @Override
  public String toString() {
    return "Doc[" + text.source() + ", layers " + layers.keySet() + "]";
  }
}
