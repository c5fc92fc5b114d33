package io.nqx.sentences;

import io.nqx.ingest.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a stretch of normalized text into sentences and each sentence into clauses. A sentence ends at a full
 * stop, '!' or '?' followed by a capital, an opening parenthesis or quote, or the end of the stretch; so
 * "2,5%" and "42-NQ/TW." inside a sentence do not end it. A clause ends at a semicolon outside parentheses.
 * Pure functions over offsets.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\\p{Lu}(\"“]|\\s*$)");

  /** The sentences of {@code text[from, to)}, each with its clauses. */
  public static List<Sentence> sentences(CharSequence text, int from, int to) {
    List<Sentence> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text).region(from, to);
    int start = from;
    while (m.find()) {
      out.add(sentence(text, start, m.end()));
      start = m.end();
    }
    if (start < to) {
      out.add(sentence(text, start, to));
    }
    return out;
  }

  private static Sentence sentence(CharSequence text, int from, int to) {
    return new Sentence(new Range(from, to), clauses(text, from, to));
  }

  /** The clauses of {@code text[from, to)}: cut at semicolons outside parentheses. */
  public static List<Range> clauses(CharSequence text, int from, int to) {
    List<Range> out = new ArrayList<>();
    int start = from;
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0) {
        out.add(new Range(start, i));
        start = i + 1;
      }
    }
    out.add(new Range(start, to));
    return out;
  }
}
