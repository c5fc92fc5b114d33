package io.nqx.sentences;

import io.nqx.ingest.Range;
import java.util.List;

/**
 * One sentence of the normalized text, and the clauses it is cut into at semicolons outside parentheses
 * (each clause holds one item of a list: "tỷ lệ A đạt 90%; tỷ lệ B đạt 80%").
 *
 * @param range where the sentence stands, its final stop included
 * @param clauses its clauses in order; together they cover the sentence but for the semicolons
 */
public record Sentence(Range range, List<Range> clauses) {
  public Sentence {
    clauses = List.copyOf(clauses);
  }

  public int start() {
    return range.start();
  }

  public int end() {
    return range.end();
  }
}
