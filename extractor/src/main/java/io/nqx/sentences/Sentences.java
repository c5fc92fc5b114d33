package io.nqx.sentences;

import io.nqx.document.Layer;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a document in text order (the sentences layer). */
public record Sentences(List<Sentence> all) {
  /** The sentences layer of a document, added by {@link SentenceStage}. */
  public static final Layer<Sentences> LAYER = Layer.named("sentences");

  public Sentences {
    all = List.copyOf(all);
  }

  /** The sentences that start in [from, to), in order. */
  public List<Sentence> within(int from, int to) {
    List<Sentence> out = new ArrayList<>();
    int i = firstStartingAtOrAfter(from);
    for (; i < all.size() && all.get(i).start() < to; i++) {
      out.add(all.get(i));
    }
    return out;
  }

  /** The sentence that holds {@code offset}, or null. */
  public Sentence at(int offset) {
    int i = firstStartingAtOrAfter(offset + 1) - 1;
    if (i >= 0 && all.get(i).range().contains(offset)) {
      return all.get(i);
    }
    return null;
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
