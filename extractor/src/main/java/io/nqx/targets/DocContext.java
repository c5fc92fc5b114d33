package io.nqx.targets;

import io.nqx.facts.Genre;
import io.nqx.ingest.SourceText;
import io.nqx.sections.Outline;

/**
 * What every number of one document is read against: its text, outline, and what it says about itself.
 *
 * @param year the document's year, or an estimate from its text, or null
 */
record DocContext(SourceText text, Outline outline, Genre genre, Integer year) {}
