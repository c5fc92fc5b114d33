package io.nqx.targets;

import io.nqx.agencies.AgencyPhrases;
import io.nqx.facts.Genre;
import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;
import java.util.HashMap;
import java.util.Map;

/**
 * What every number of one document is read against: its text, outline, and what it says about itself.
 * Made for one document's extraction on one thread.
 *
 * @param year the document's year, or an estimate from its text, or null
 * @param sentenceAgencies the agencies each sentence names, as read so far: a sentence with ten numbers is
 *     read for them once (a pure function of the sentence; by JFR, 8% of the stage went to reading it again)
 */
record DocContext(SourceText text, Outline outline, Genre genre, Integer year,
    Map<String, AgencyPhrases.Named> sentenceAgencies) {
  DocContext(SourceText text, Outline outline, Genre genre, Integer year) {
    this(text, outline, genre, year, new HashMap<>());
  }

  /** The agencies a sentence names ({@link AgencyPhrases#inSentence}). */
  AgencyPhrases.Named agencies(String sentence) {
    return sentenceAgencies.computeIfAbsent(sentence, AgencyPhrases::inSentence);
  }
}
