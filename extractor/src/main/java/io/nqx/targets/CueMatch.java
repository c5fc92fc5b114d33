package io.nqx.targets;

import io.nqx.ingest.Range;
import java.util.List;

/**
 * An indicator phrase found in a clause: its code, the ranges of its parts in document order (word indexes
 * as the cue finder gives them, character offsets once placed in the text), and how many letters its cue has
 * (a longer cue is more specific).
 */
record CueMatch(String code, List<Range> parts, int letters) {
  int start() {
    return parts.get(0).start();
  }

  int end() {
    return parts.get(parts.size() - 1).end();
  }

  int lastPartStart() {
    return parts.get(parts.size() - 1).start();
  }
}
