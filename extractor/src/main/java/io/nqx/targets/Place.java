package io.nqx.targets;

import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.tables.CellRef;
import java.util.List;

/**
 * Where a number is read, and what that place says of it: the outline path above it, and for a table cell
 * the section its row names ("PL.I.4"), the kind of part its rules read it as (a task table's row is a
 * task, wherever the table stands), the words above it that act as headings (the table's caption, its
 * column's header, its group rows), the year its row or column gives, and who leads and who helps.
 *
 * @param path the outline path, outermost first (never empty)
 * @param section the section id to write, or null for the innermost heading's
 * @param ruleKind the part the commitment rules read it in, or null for the path's
 * @param headings more titles that head it, after the path's headings
 * @param tableYear the year its table row or column gives, or null
 * @param lead the agency its table row names as lead, or null (prose reads its own sentence)
 * @param partners the agencies its table row names as partners
 * @param cell its table cell, or null in running text
 * @param rowItem whether it is the item cell of a target table's row ("Tỉ lệ ... tốc độ trên 1Gb/s" | "%" |
 *     "100%"): a number that ends it qualifies the row's value, as one before "đạt 100%" does in a sentence
 */
record Place(List<Section> path, String section, SectionKind ruleKind, List<String> headings, Integer tableYear,
    String lead, List<String> partners, CellRef cell, boolean rowItem) {

  Place {
    path = List.copyOf(path);
    headings = List.copyOf(headings);
    partners = List.copyOf(partners);
  }

  /** A place in the running text. */
  static Place prose(List<Section> path) {
    return new Place(path, null, null, List.of(), null, null, List.of(), null, false);
  }

  boolean inTable() {
    return cell != null;
  }
}
