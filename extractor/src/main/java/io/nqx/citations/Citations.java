package io.nqx.citations;

import io.nqx.document.Layer;
import java.util.List;
import java.util.Optional;

/**
 * The documents a document cites, in order of their first mention, and those it says it implements (the
 * citations layer).
 *
 * @param implemented the numbers of the cited documents it implements or carries out, in order
 */
public record Citations(List<Citation> all, List<String> implemented) {
  /** The citations layer of a document, added by {@link CitationStage}. */
  public static final Layer<Citations> LAYER = Layer.named("citations");

  public Citations {
    all = List.copyOf(all);
    implemented = List.copyOf(implemented);
  }

  /** The citation with a number, if the document cites it. */
  public Optional<Citation> find(String number) {
    return all.stream().filter(c -> c.number().equalsIgnoreCase(number)).findFirst();
  }
}
