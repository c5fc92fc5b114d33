package io.nqx.sections;

import io.nqx.text.Letters;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document's lines into zones: front matter before the first numbered heading, the body, back
 * matter (recipients and signature), annexes. A programme attached after a resolution's signature (front
 * matter, then Roman-numbered parts again) resumes the body; anything else after the signature is annex.
 */
final class Zones {
  private Zones() {}

  enum Type { FRONT, BODY, BACK, ANNEX }

  /** Lines {@code [from, to)} of one zone. */
  record Zone(Type type, int from, int to) {}

  /** How a line can take part in the back matter. */
  private enum BackLine { RECIPIENTS, RECIPIENT, SIGNATURE, CAPITALS, NAME, DEBRIS, OTHER }

  static List<Zone> split(List<String> lines, List<Integer> headingLevels) {
    int n = lines.size();
    List<Zone> zones = new ArrayList<>();
    int bodyStart = firstMajorLabel(lines, 0, false);
    if (bodyStart < 0) {
      // No numbered heading at all (a web page, a short notice): the front matter is the header, the rest is
      // an unnumbered body, not front matter to the end.
      bodyStart = headerEnd(lines);
    }
    if (hasText(lines, 0, bodyStart)) {
      zones.add(new Zone(Type.FRONT, 0, bodyStart));
    }
    int i = bodyStart;
    while (i < n) {
      int marker = nextMarker(lines, i);
      if (marker > i) {
        zones.add(new Zone(Type.BODY, i, marker));
      }
      if (marker >= n) {
        break;
      }
      if (Matter.isAnnexHeading(lines.get(marker))) {
        addAnnexes(zones, lines, marker, n);
        break;
      }
      int backEnd = backEnd(lines, headingLevels, marker);
      zones.add(new Zone(Type.BACK, marker, backEnd));
      int resume = firstMajorLabel(lines, backEnd, true);
      int annex = nextAnnex(lines, backEnd);
      if (resume >= 0 && (annex < 0 || resume < annex)) {
        if (hasText(lines, backEnd, resume)) {
          zones.add(new Zone(Type.FRONT, backEnd, resume));
        }
        i = resume;
        continue;
      }
      if (hasText(lines, backEnd, n)) {
        addAnnexes(zones, lines, backEnd, n);
      }
      break;
    }
    return zones;
  }

  /**
   * Where the header of a document without numbered headings ends: after the paragraph of its type line in
   * capitals ("QUYẾT ĐỊNH" and its subject), else after its first paragraph (a page's title); at the end of
   * the text when no blank line follows.
   */
  private static int headerEnd(List<String> lines) {
    int title = -1;
    for (int i = 0; i < lines.size() && title < 0; i++) {
      if (DocumentType.opensTitleLine(lines.get(i))) {
        title = i;
      }
    }
    int from = title >= 0 ? title : nextNonEmpty(lines, 0);
    if (from < 0) {
      return lines.size();
    }
    for (int i = from + 1; i < lines.size(); i++) {
      if (lines.get(i).isEmpty()) {
        return i;
      }
    }
    return lines.size();
  }

  private static int nextNonEmpty(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** The first line from {@code from} that starts with a major label (only Roman or above if {@code top}). */
  private static int firstMajorLabel(List<String> lines, int from, boolean top) {
    for (int i = from; i < lines.size(); i++) {
      Label label = Label.parse(lines.get(i));
      if (label != null && label.style().isMajor()
          && (!top || label.style() == LabelStyle.ROMAN || label.style() == LabelStyle.PART
              || label.style() == LabelStyle.UPPER_LETTER)) {
        return i;
      }
    }
    return -1;
  }

  private static int nextMarker(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Matter.isRecipientsHeading(line) || Matter.isSignature(line) || Matter.isAnnexHeading(line)) {
        return i;
      }
    }
    return lines.size();
  }

  private static int nextAnnex(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (Matter.isAnnexHeading(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the back matter that starts at {@code start} ends: after the recipients and the signature. */
  private static int backEnd(List<String> lines, List<Integer> headingLevels, int start) {
    int end = start + 1;
    boolean signed = false;
    boolean named = false;
    BackLine previous = BackLine.RECIPIENTS;
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      BackLine kind = classify(line, signed, named, previous);
      if (kind == BackLine.OTHER || Matter.isAnnexHeading(line)
          || (headingLevels.get(i) > 0 && kind != BackLine.SIGNATURE && kind != BackLine.NAME)) {
        break;
      }
      signed |= kind == BackLine.SIGNATURE;
      named |= kind == BackLine.NAME;
      if (kind != BackLine.DEBRIS) {
        previous = kind;
      }
      end = i + 1;
    }
    return end;
  }

  private static BackLine classify(String line, boolean signed, boolean named, BackLine previous) {
    if (Matter.isRecipientsHeading(line)) {
      return BackLine.RECIPIENTS;
    }
    if (Matter.isSignature(line) || Matter.isSignedMark(line)) {
      return BackLine.SIGNATURE;
    }
    if (Matter.isRecipient(line)) {
      return BackLine.RECIPIENT;
    }
    if (line.length() <= 2 && !Character.isLetterOrDigit(line.charAt(0))) {
      return BackLine.DEBRIS; // table cell borders a conversion left: "|"
    }
    if (previous == BackLine.RECIPIENT && Letters.splitOnWhitespace(line).length <= 20
        && !Matter.isCapitalsTitle(line)
        && !Matter.isName(line)) {
      return BackLine.RECIPIENT; // a recipient entry wrapped onto a second line
    }
    if (!named && Matter.isCapitalsTitle(line)) {
      return BackLine.CAPITALS;
    }
    if ((signed || previous == BackLine.CAPITALS) && !named && Matter.isName(line)) {
      return BackLine.NAME;
    }
    return BackLine.OTHER;
  }

  private static void addAnnexes(List<Zone> zones, List<String> lines, int from, int to) {
    int start = from;
    for (int i = from + 1; i < to; i++) {
      if (Matter.isAnnexHeading(lines.get(i))) {
        if (hasText(lines, start, i)) {
          zones.add(new Zone(Type.ANNEX, start, i));
        }
        start = i;
      }
    }
    if (hasText(lines, start, to)) {
      zones.add(new Zone(Type.ANNEX, start, to));
    }
  }

  private static boolean hasText(List<String> lines, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!lines.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
