package io.nqx.targets;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.util.Span;

/**
 * The words of a stretch of text, as OpenNLP's tokenizer cuts them, with their match keys and character
 * spans. Punctuation is left out so that "có văn bằng, chứng chỉ" matches the cue "có văn bằng chứng chỉ".
 */
final class TokenIndex {
  private final String[] keys;
  private final Span[] spans;

  private TokenIndex(String[] keys, Span[] spans) {
    this.keys = keys;
    this.spans = spans;
  }

  /** The words of {@code text[from, to)}; spans are offsets in {@code text}. */
  static TokenIndex of(String text, int from, int to) {
    String region = text.substring(from, to);
    Span[] all = SimpleTokenizer.INSTANCE.tokenizePos(region);
    List<String> keys = new ArrayList<>(all.length);
    List<Span> spans = new ArrayList<>(all.length);
    for (Span s : all) {
      String key = MatchKey.of(region.substring(s.getStart(), s.getEnd()));
      if (!key.isEmpty()) {
        keys.add(key);
        spans.add(new Span(from + s.getStart(), from + s.getEnd()));
      }
    }
    return new TokenIndex(keys.toArray(String[]::new), spans.toArray(Span[]::new));
  }

  /** The match keys of a phrase, cut the same way as text. */
  static String[] keysOf(String phrase) {
    return of(phrase, 0, phrase.length()).keys;
  }

  String[] keys() {
    return keys;
  }

  int size() {
    return keys.length;
  }

  /** Character start of word {@code i}. */
  int start(int i) {
    return spans[i].getStart();
  }

  /** Character end of word {@code i}. */
  int end(int i) {
    return spans[i].getEnd();
  }

  /** The first word that starts at or after {@code offset}, or {@link #size()}. */
  int wordAtOrAfter(int offset) {
    int lo = 0;
    int hi = spans.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans[mid].getStart() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
