package io.nqx.targets;

import java.util.List;

/**
 * An indicator phrase found in a clause: its code, the character ranges of its parts in document order, and
 * how many letters its cue has (a longer cue is more specific).
 */
record CueMatch(String code, List<int[]> parts, int letters) {
  int start() {
    return parts.get(0)[0];
  }

  int end() {
    return parts.get(parts.size() - 1)[1];
  }

  int lastPartStart() {
    return parts.get(parts.size() - 1)[0];
  }

  /** Whether every part lies in [from, to). */
  boolean within(int from, int to) {
    for (int[] p : parts) {
      if (p[0] < from || p[1] > to) {
        return false;
      }
    }
    return true;
  }
}
