package io.nqx.sections;

import java.util.List;
import java.util.stream.Stream;

/**
 * One node of a document's outline: a heading, a numbered paragraph ({@link #item()}), or a block of front
 * matter, back matter or annex.
 *
 * @param id the top-level label then the node's own number, joined by dots ("II.2.2", "III.3.7.5.(1)");
 *     {@code front_matter}, {@code back_matter}, {@code annex} for those blocks (suffixed -2, -3 when repeated)
 * @param number the label as written without its trailing dot ("2.2", "IV", "(1)"), null for blocks
 * @param title the heading text after the label; for an item, its whole first paragraph
 * @param kind the canonical part it belongs to
 * @param subkind under MỤC TIÊU, which kind of goal, else null
 * @param level 1 for top-level nodes, 2 for their children, ...
 * @param line the 1-based source line of the node's first line
 * @param start offset of the node in the normalized text
 * @param textStart offset just past the numbering label of the node's first line: where its own words start
 *     (the label's digits are no quantity); {@code start} for a block
 * @param end offset just past the node and everything under it
 * @param item true for a numbered paragraph rather than a heading
 */
public record Section(String id, String number, String title, SectionKind kind, Subkind subkind, int level,
    int line, int start, int textStart, int end, boolean item, List<Section> children) {

  public Section {
    children = List.copyOf(children);
  }

  /** This node and all below it, depth first, in document order. */
  public Stream<Section> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(Section::flatten));
  }

  /** Whether the node's extent holds {@code offset}. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
