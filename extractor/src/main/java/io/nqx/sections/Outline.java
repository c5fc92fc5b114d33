package io.nqx.sections;

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
    Section found = null;
    List<Section> level = sections;
    while (true) {
      Section next = null;
      for (Section s : level) {
        if (offset >= s.start() && offset < s.end()) {
          next = s;
          break;
        }
      }
      if (next == null) {
        return Optional.ofNullable(found);
      }
      found = next;
      level = next.children();
    }
  }
}
