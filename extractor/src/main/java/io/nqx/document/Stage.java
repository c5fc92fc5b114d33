package io.nqx.document;

import java.util.Set;

/**
 * One step of a {@link Pipeline}: reads the layers it {@link #needs() needs} from a document and computes the
 * one layer it {@link #adds() adds}. A stage is a pure function of the document (and of its own settings,
 * such as a taxonomy), thread-safe, and knows no other stage: the pipeline orders them by what they need.
 *
 * @param <T> the type of the layer it adds
 */
public interface Stage<T> {
  /** The layer this stage adds. */
  Layer<T> adds();

  /** The layers it reads; the pipeline runs the stages that add them first. */
  default Set<Layer<?>> needs() {
    return Set.of();
  }

  /** Computes the layer from a document that has every layer of {@link #needs()}. */
  T apply(Doc doc);

  /** A name for messages: the layer it adds. */
  default String name() {
    return adds().name();
  }
}
