package io.nqx.document;

import java.util.Objects;

/**
 * The key of one layer of a {@link Doc}: a name and, through its type parameter, the type of the value the
 * layer holds. Layers are compared by identity, so two stages cannot clash by choosing the same name; each
 * layer is declared once as a constant beside the type it holds ({@code Outline.LAYER}).
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {
  private final String name;

  private Layer(String name) {
    this.name = Objects.requireNonNull(name);
  }

  /** A new layer key; declare it once, as a constant. */
  public static <T> Layer<T> named(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
