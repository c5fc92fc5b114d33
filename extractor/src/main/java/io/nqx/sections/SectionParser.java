package io.nqx.sections;

import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.text.Letters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds a document's sections: the zones around the body, every numbered heading and numbered paragraph
 * nested by its numbering (not by Markdown levels), and the canonical part each node belongs to.
 */
public final class SectionParser {
  private SectionParser() {}

  /** A plain line (no markup) with more words than this is a paragraph, not a heading. */
  private static final int MAX_PLAIN_HEADING_WORDS = 60;
  /** A bold line ending a sentence with more words than this is a paragraph set in bold. */
  private static final int MAX_BOLD_SENTENCE_WORDS = 25;
  /** A Markdown heading ending a sentence with more words than this is a paragraph a converter tagged. */
  private static final int MAX_MARKED_SENTENCE_WORDS = 60;
  /** A title this short stays a heading even among numbered paragraphs. */
  private static final int MAX_SHORT_TITLE_WORDS = 20;
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?] \\p{Lu}");

  /** A node while the outline is built. */
  private static final class Node {
    final Label label;
    final int line;
    /** Offset just past the label in the normalized text. */
    int textStart;
    final String title;
    boolean item;
    boolean marked;
    Node parent;
    final List<Node> children = new ArrayList<>();
    SectionKind kind;
    Subkind subkind;
    SectionKind fallback;
    String id;
    int start;
    int end;

    Node(Label label, int line, String title) {
      this.label = label;
      this.line = line;
      this.title = title;
    }
  }

  public static Outline parse(SourceText text) {
    List<TextLine> lines = text.lines();
    List<String> strings = new ArrayList<>(lines.size());
    List<Integer> levels = new ArrayList<>(lines.size());
    for (TextLine line : lines) {
      strings.add(text.lineText(line));
      levels.add(line.headingLevel());
    }
    List<Section> sections = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (Zones.Zone zone : Zones.split(strings, levels)) {
      int start = lines.get(zone.from()).start();
      int end = zone.to() < lines.size() ? lines.get(zone.to()).start() : text.text().length();
      if (zone.type() == Zones.Type.BODY) {
        List<Node> roots = build(text, lines, strings, zone);
        assignKinds(roots, null);
        assignExtents(roots, end);
        if (!roots.isEmpty() && roots.get(0).start > start && hasText(strings, zone.from(), roots.get(0).line)) {
          // Text before the first numbered heading of a resumed body: a block of its own.
          sections.add(block(text, strings, new Zones.Zone(Zones.Type.BODY, zone.from(), roots.get(0).line), start,
              roots.get(0).start, ids));
        }
        if (roots.isEmpty() && hasText(strings, zone.from(), zone.to())) {
          sections.add(block(text, strings, zone, start, end, ids)); // a body without numbered headings
        }
        for (Node root : roots) {
          sections.add(toSection(text, root, 1, ids));
        }
      } else {
        sections.add(block(text, strings, zone, start, end, ids));
      }
    }
    return new Outline(text.source(), parts(sections), sections);
  }

  private static List<Node> build(SourceText text, List<TextLine> lines, List<String> strings, Zones.Zone zone) {
    List<Node> roots = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    for (int i = zone.from(); i < zone.to(); i++) {
      String s = strings.get(i);
      Label label = Label.parse(s);
      if (label == null) {
        continue;
      }
      String title = s.substring(label.titleStart()).strip();
      int consumed = i;
      if (title.isEmpty()) {
        // "**II.**" alone on its line, the title on the next.
        int next = nextNonEmpty(strings, i + 1, zone.to());
        if (next >= 0 && Label.parse(strings.get(next)) == null && words(strings.get(next)) <= 20) {
          title = strings.get(next);
          consumed = next;
        }
      }
      Node node = new Node(label, i, title);
      node.start = lines.get(i).start();
      node.textStart = node.start + label.titleStart();
      classify(node, lines.get(i), title);
      attach(node, stack, roots);
      i = consumed;
    }
    smoothSiblings(roots);
    return roots;
  }

  private static int nextNonEmpty(List<String> strings, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!strings.get(i).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** Heading or numbered paragraph, from markup hints, length and whether the text reads as a sentence. */
  private static void classify(Node node, TextLine line, String title) {
    int words = words(title);
    char last = title.isEmpty() ? ' ' : title.charAt(title.length() - 1);
    boolean endsSentence = last == '.' || last == ';' || last == '!' || last == '?';
    if (line.headingLevel() > 0) {
      node.item = endsSentence && words > MAX_MARKED_SENTENCE_WORDS;
      node.marked = true;
    } else if (line.isBold()) {
      node.item = (endsSentence && words > MAX_BOLD_SENTENCE_WORDS) || words > MAX_MARKED_SENTENCE_WORDS;
    } else {
      node.item = words > MAX_PLAIN_HEADING_WORDS || endsSentence || SENTENCE_INSIDE.matcher(title).find();
    }
  }

  /** Puts the node under the right parent: by rank for major styles, by first use for minor ones. */
  private static void attach(Node node, Deque<Node> stack, List<Node> roots) {
    Label label = node.label;
    if (label.style().isMajor()) {
      while (!stack.isEmpty() && (!stack.peek().label.style().isMajor() || stack.peek().label.rank() >= label.rank())) {
        stack.pop();
      }
      String parentNumber = label.parentNumber();
      if (parentNumber != null) {
        // "2.1" belongs under "2", not under a "1." that happens to be open.
        while (!stack.isEmpty() && stack.peek().label.style() == LabelStyle.ARABIC
            && !stack.peek().label.number().equals(parentNumber)) {
          stack.pop();
        }
      }
    } else {
      Node same = null;
      for (Node open : stack) {
        if (open.label.style() == label.style()) {
          same = open;
          break;
        }
        if (open.label.style().isMajor()) {
          break;
        }
      }
      if (same != null) {
        while (stack.peek() != same) {
          stack.pop();
        }
        stack.pop();
      }
    }
    Node parent = stack.peek();
    node.parent = parent;
    if (parent == null) {
      roots.add(node);
    } else {
      parent.children.add(node);
    }
    stack.push(node);
  }

  /**
   * Among siblings of one numbering style, when most are paragraphs, a long sibling (over twenty words) that
   * reads as a heading only because it is set in bold or lacks its final stop is a paragraph too (one task
   * of nine). A Markdown or Word heading, or a short title, stays a heading: formats that lose heading styles
   * (RTF, PDF) still keep "2. Đảng uỷ các cơ quan Đảng tỉnh lãnh đạo, chỉ đạo" a heading among paragraphs.
   */
  private static void smoothSiblings(List<Node> nodes) {
    Map<LabelStyle, int[]> counts = new EnumMap<>(LabelStyle.class);
    for (Node n : nodes) {
      int[] c = counts.computeIfAbsent(n.label.style(), s -> new int[2]);
      c[n.item ? 1 : 0]++;
    }
    for (Node n : nodes) {
      int[] c = counts.get(n.label.style());
      if (!n.marked && !n.item && words(n.title) > MAX_SHORT_TITLE_WORDS && c[1] > c[0]) {
        n.item = true;
      }
      smoothSiblings(n.children);
    }
  }

  /**
   * Gives every node its kind: a heading takes the part its title names when its parent is open (top level,
   * {@code other}, or a combined title like "QUAN ĐIỂM, MỤC TIÊU"); otherwise it inherits.
   */
  private static void assignKinds(List<Node> nodes, Node parent) {
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      boolean open = parent == null || parent.kind == SectionKind.OTHER;
      SectionKind inherited = parent == null ? SectionKind.OTHER
          : parent.kind == SectionKind.OTHER && parent.fallback != null ? parent.fallback : parent.kind;
      KindNames.Named named = node.item ? new KindNames.Named(List.of(), null) : KindNames.of(node.title);
      List<SectionKind> kinds = named.kinds().stream().filter(k -> k != SectionKind.ANNEX).toList();
      if (open && !node.item && childrenNameParts(node) >= 2) {
        // "B- ĐỊNH HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP" over "I- QUAN ĐIỂM", "II- MỤC TIÊU", "III- NHIỆM VỤ ...", or
        // "NỘI DUNG TRỌNG TÂM" over its parts: the children say which part each is.
        node.kind = SectionKind.OTHER;
        node.fallback = kinds.isEmpty() ? null : kinds.get(0);
      } else if (!open || kinds.isEmpty()) {
        node.kind = inherited;
      } else if (kinds.size() == 1) {
        node.kind = kinds.get(0);
      } else if (childrenName(node, kinds)) {
        node.kind = SectionKind.OTHER;
        node.fallback = kinds.get(0);
      } else {
        node.kind = kinds.get(0);
      }
      if (node.kind == SectionKind.TO_CHUC_THUC_HIEN && ASSIGNING.matcher(io.nqx.text.Fold.fold(node.title)).lookingAt()
          && laterPart(nodes, i, SectionKind.TO_CHUC_THUC_HIEN)) {
        node.kind = SectionKind.NHIEM_VU; // "PHÂN CÔNG NHIỆM VỤ" before a TỔ CHỨC THỰC HIỆN lists the tasks
      }
      if (node.kind == SectionKind.MUC_TIEU) {
        boolean underGoals = parent != null && parent.kind == SectionKind.MUC_TIEU;
        Subkind own = kinds.size() == 1 ? named.subkind() : null;
        node.subkind = own != null ? own : underGoals ? parent.subkind : null;
      }
      assignKinds(node.children, node);
    }
  }

  private static final Pattern ASSIGNING = Pattern.compile("phan cong nhiem vu");

  /** Whether a sibling after {@code i} names a part. */
  private static boolean laterPart(List<Node> siblings, int i, SectionKind kind) {
    for (int k = i + 1; k < siblings.size(); k++) {
      if (!siblings.get(k).item && KindNames.of(siblings.get(k).title).kinds().contains(kind)) {
        return true;
      }
    }
    return false;
  }

  /** How many different parts the headings right under a node name. */
  private static int childrenNameParts(Node node) {
    java.util.Set<SectionKind> named = java.util.EnumSet.noneOf(SectionKind.class);
    for (Node child : node.children) {
      if (!child.item) {
        named.addAll(KindNames.of(child.title).kinds());
      }
    }
    named.remove(SectionKind.ANNEX);
    return named.size();
  }

  private static boolean childrenName(Node node, List<SectionKind> kinds) {
    for (Node child : node.children) {
      if (!child.item && KindNames.of(child.title).kinds().stream().anyMatch(kinds::contains)) {
        return true;
      }
    }
    return false;
  }

  private static void assignExtents(List<Node> roots, int zoneEnd) {
    List<Node> order = new ArrayList<>();
    for (Node root : roots) {
      flatten(root, order);
    }
    for (int i = 0; i < order.size(); i++) {
      Node node = order.get(i);
      node.end = zoneEnd;
      int depth = depth(node);
      for (int j = i + 1; j < order.size(); j++) {
        if (depth(order.get(j)) <= depth) {
          node.end = order.get(j).start;
          break;
        }
      }
    }
  }

  private static void flatten(Node node, List<Node> out) {
    out.add(node);
    for (Node child : node.children) {
      flatten(child, out);
    }
  }

  private static int depth(Node node) {
    int d = 1;
    for (Node p = node.parent; p != null; p = p.parent) {
      d++;
    }
    return d;
  }

  private static Section toSection(SourceText text, Node node, int level, Map<String, Integer> ids) {
    node.id = unique(idOf(node), ids);
    List<Section> children = new ArrayList<>();
    for (Node child : node.children) {
      children.add(toSection(text, child, level + 1, ids));
    }
    return new Section(node.id, node.label.number(), node.title, node.kind, node.subkind, level,
        text.position(node.start).line(), node.start, node.textStart, node.end, node.item, children);
  }

  /** The top-level label then the node's own number: "II.2.2", "III.3.7.5.(1)", "II.1.a". */
  private static String idOf(Node node) {
    if (node.parent == null) {
      return node.label.number();
    }
    Node base = node.parent;
    if (node.label.style() == LabelStyle.ARABIC) {
      // A hierarchical number already carries its Arabic ancestors: "2.2" under "2" under "II" is "II.2.2".
      while (base != null && base.label.style() == LabelStyle.ARABIC) {
        base = base.parent;
      }
    }
    return base == null ? node.label.number() : base.id + "." + node.label.number();
  }

  private static String unique(String id, Map<String, Integer> ids) {
    int seen = ids.merge(id, 1, Integer::sum);
    return seen == 1 ? id : id + "-" + seen;
  }

  private static Section block(SourceText text, List<String> strings, Zones.Zone zone, int start, int end,
      Map<String, Integer> ids) {
    SectionKind kind = switch (zone.type()) {
      case FRONT -> SectionKind.FRONT_MATTER;
      case BACK -> SectionKind.BACK_MATTER;
      case BODY -> SectionKind.OTHER;
      default -> SectionKind.ANNEX;
    };
    int first = nextNonEmpty(strings, zone.from(), zone.to());
    String title = strings.get(first);
    if (kind == SectionKind.FRONT_MATTER) {
      for (int i = zone.from(); i < zone.to(); i++) {
        if (DocumentType.opensTitleLine(strings.get(i))) {
          title = strings.get(i);
          break;
        }
      }
    }
    String id = unique(zone.type() == Zones.Type.BODY ? "body" : kind.id(), ids);
    return new Section(id, null, title, kind, null, 1, text.position(text.lines().get(first).start()).line(),
        start, start, end, false, List.of());
  }

  private static Map<SectionKind, String> parts(List<Section> sections) {
    Map<SectionKind, String> parts = new EnumMap<>(SectionKind.class);
    List<Section> all = sections.stream().flatMap(Section::flatten)
        .sorted(Comparator.comparingInt(Section::level))
        .toList();
    for (Section s : all) {
      if (s.kind() != SectionKind.OTHER) {
        parts.putIfAbsent(s.kind(), s.id());
      }
    }
    return parts;
  }

  private static boolean hasText(List<String> strings, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!strings.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : Letters.splitOnWhitespace(t).length;
  }
}
