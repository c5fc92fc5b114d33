package io.nqx.sections;

import io.nqx.document.Layer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The section structure of one document.
 *
 * @param source the document's name
 * @param parts for each kind present, the id of the highest node of that kind (first in document order)
 * @param sections the top-level nodes in document order
 */
public record Outline(String source, Map<SectionKind, String> parts, List<Section> sections) {
  /** The outline layer of a document, added by {@link OutlineStage}. */
  public static final Layer<Outline> LAYER = Layer.named("outline");

  public Outline {
    EnumMap<SectionKind, String> copy = new EnumMap<>(SectionKind.class);
    copy.putAll(parts);
    parts = Collections.unmodifiableMap(copy);
    sections = List.copyOf(sections);
  }

  /** Every node, depth first, in document order. */
  public Stream<Section> all() {
    return sections.stream().flatMap(Section::flatten);
  }

  /** The node with this id. */
  public Optional<Section> find(String id) {
    return all().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The deepest node whose extent holds {@code offset}, if any. */
  public Optional<Section> at(int offset) {
    List<Section> path = path(offset);
    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
  }

  /** The nodes whose extents hold {@code offset}, from the top level down (empty outside every node). */
  public List<Section> path(int offset) {
    List<Section> path = new ArrayList<>();
    List<Section> level = sections;
    while (true) {
      Section next = null;
      for (Section s : level) {
        if (s.contains(offset)) {
          next = s;
          break;
        }
      }
      if (next == null) {
        return path;
      }
      path.add(next);
      level = next.children();
    }
  }

  /** The node that starts at {@code offset} (a heading's or item's first line), if any. */
  public Optional<Section> startingAt(int offset) {
    for (Section s : path(offset)) {
      if (s.start() == offset) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
