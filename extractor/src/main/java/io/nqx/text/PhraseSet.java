package io.nqx.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cue phrases matched as whole words in any case and any of the usual spelling variants ({@link Spelling}), and
 * a phrase of two words or more also in text typed without any diacritic ("phan dau" for "phấn đấu"; a single
 * word without its marks is too often another word). Immutable and thread-safe.
 */
public final class PhraseSet {
  private final List<String> phrases;
  private final String[] canonical;
  private final String[] folded;

  private PhraseSet(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    this.canonical = phrases.stream().map(Spelling::canonical).toArray(String[]::new);
    this.folded = phrases.stream().map(p -> p.strip().contains(" ") ? Fold.fold(p) : "").toArray(String[]::new);
  }

  public static PhraseSet of(String... phrases) {
    return new PhraseSet(List.of(phrases));
  }

  /** The text prepared once for many phrase sets. */
  public record Text(String canonical, String folded, boolean ascii) {
    public static Text of(CharSequence text) {
      boolean ascii = true;
      for (int i = 0; i < text.length() && ascii; i++) {
        ascii = text.charAt(i) < 0x80;
      }
      return new Text(Spelling.canonical(text), ascii ? Fold.fold(text) : null, ascii);
    }
  }

  /** The first phrase (as written in the set) that stands in the text, if any. */
  public Optional<String> find(Text text) {
    for (int i = 0; i < phrases.size(); i++) {
      if (contains(text.canonical(), canonical[i]) || (text.ascii() && contains(text.folded(), folded[i]))) {
        return Optional.of(phrases.get(i));
      }
    }
    return Optional.empty();
  }

  public Optional<String> find(CharSequence text) {
    return find(Text.of(text));
  }

  /** Every phrase of the set that stands in the text, in set order. */
  public List<String> findAll(Text text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      if (contains(text.canonical(), canonical[i]) || (text.ascii() && contains(text.folded(), folded[i]))) {
        out.add(phrases.get(i));
      }
    }
    return out;
  }

  /** Where the last occurrence of any phrase of the set ends in the text's canonical spelling, or -1. */
  public int lastEnd(Text text) {
    int best = -1;
    for (String p : canonical) {
      int from = text.canonical().length();
      while (from >= 0) {
        int at = text.canonical().lastIndexOf(p, from);
        if (at < 0) {
          break;
        }
        if (isWordAt(text.canonical(), at, p.length())) {
          best = Math.max(best, at + p.length());
          break;
        }
        from = at - 1;
      }
    }
    return best;
  }

  /** Whether {@code phrase} stands in {@code text} as whole words. */
  static boolean contains(String text, String phrase) {
    if (phrase.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int at = text.indexOf(phrase, from);
      if (at < 0) {
        return false;
      }
      if (isWordAt(text, at, phrase.length())) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isWordAt(String text, int at, int length) {
    boolean startOk = at == 0 || !isWordChar(text.charAt(at - 1)) || !isWordChar(text.charAt(at));
    int end = at + length;
    boolean endOk = end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1));
    return startOk && endOk;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
