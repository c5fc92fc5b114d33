package io.nqx.facts;

import java.util.Locale;

/**
 * What kind of text a document is, which tells what its numbers tend to be: a plan's are commitments, a
 * regulation's are parameters and criteria, a report's and a news page's are results. Evidence for the
 * commitment rules, never a veto: a target quoted in a Q&A page is still a target.
 */
public enum Genre {
  /** A programme, plan, scheme or strategy with goals and targets (or a decision that issues one). */
  PLAN,
  /** A decision or resolution that sets rules: support amounts, fees, criteria, delegations of power. */
  REGULATION,
  /** A report on what was done. */
  REPORT,
  /** A law, decree or circular. */
  LEGAL_NORM,
  /** A question-and-answer page of a legal portal. */
  QA,
  /** A news article. */
  NEWS,
  /** An encyclopedia article. */
  ENCYCLOPEDIA,
  /** Nothing tells. */
  OTHER;

  /** The name used in output: {@code legal_norm}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
