package io.nqx.tasks;

import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.document.Layer;
import io.nqx.sections.SectionKind;
import io.nqx.tables.CellRef;
import java.util.List;

/**
 * One assignment: a body made responsible for work, whom it directs and works with, what the work is, by when
 * and what it produces, and where the passage stands. The meanings are those of fixtures/gold/TASKS.md.
 *
 * @param agency the responsible body as written ("Ban Tuyên giáo Tỉnh ủy", a list of peers as one phrase)
 * @param agencyCode its dictionary code ("+" between the codes of a list of peers), or null when unknown
 * @param role {@code lead} (it leads, or is the sole subject) or {@code shared} (a list of peers with one action)
 * @param directs the body it directs to act ("... chỉ đạo Ủy ban nhân dân tỉnh ..."), or null
 * @param directsCode that body's code, or null
 * @param coAgencies the bodies it works with ("phối hợp với ..."), as written
 * @param coAgencyCodes their codes, in the same order (null where unknown)
 * @param action the first action of the passage, a short verb phrase as written
 * @param deadlineText the time words as written, or null
 * @param deadline the normalized deadline ("2026-Q2", "2024-04", "2025-06-30", "2025", "yearly:11-15", "yearly",
 *     "semiannual", "quarterly", "monthly", "ongoing"), or null
 * @param deliverable {@code ke_hoach}, {@code bao_cao}, {@code de_an}, {@code chuong_trinh}, {@code nghi_quyet},
 *     {@code huong_dan}, {@code van_ban}, or null
 * @param section the id of the innermost numbered heading or item
 * @param sectionKind the canonical part it stands in
 * @param passage the passage's text
 * @param line 1-based source line where the agency is named
 * @param start offset of the agency's name in the normalized text
 * @param end offset just past it
 * @param table the task table's lead cell, or null for an assignment of the running text
 */
public record Task(String agency, String agencyCode, String role, String directs, String directsCode,
    List<String> coAgencies, List<String> coAgencyCodes, String action, String deadlineText, String deadline,
    String deliverable, String section, SectionKind sectionKind, String passage, int line, int start, int end,
    CellRef table, Double confidence) {

  /** A task not read by OCR. */
  public Task(String agency, String agencyCode, String role, String directs, String directsCode,
      List<String> coAgencies, List<String> coAgencyCodes, String action, String deadlineText, String deadline,
      String deliverable, String section, SectionKind sectionKind, String passage, int line, int start, int end,
      CellRef table) {
    this(agency, agencyCode, role, directs, directsCode, coAgencies, coAgencyCodes, action, deadlineText, deadline,
        deliverable, section, sectionKind, passage, line, start, end, table, null);
  }

  /** The same task with OCR's confidence in its words (null: not read by OCR). */
  public Task withConfidence(Double c) {
    return new Task(agency, agencyCode, role, directs, directsCode, coAgencies, coAgencyCodes, action, deadlineText,
        deadline, deliverable, section, sectionKind, passage, line, start, end, table, c);
  }

  public Task {
    coAgencies = List.copyOf(coAgencies);
    coAgencyCodes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coAgencyCodes));
  }

  /** The assignments of a document in text order (the tasks layer), added by {@link TaskStage}. */
  public static final Layer<List<Task>> LAYER = Layer.named("tasks");

  private static final String CODE = "^[a-z0-9_+]+$";

  /** The output fields of an assignment, in order: JSON keys, CSV columns and the schema come from here. */
  public static final FieldSet<Task> FIELDS = FieldSet.of("task",
      Field.<Task>text("agency", Task::agency).schema("minLength", 1)
          .describe("The responsible body as written; a list of peers is one phrase."),
      Field.<Task>text("agency_code", Task::agencyCode).nullable().schema("pattern", CODE)
          .describe("Its code in the agency dictionary ('+' between the codes of a list of peers); null when unknown."),
      Field.<Task>text("role", Task::role).schema("enum", List.of("lead", "shared")),
      Field.<Task>text("directs", Task::directs).nullable()
          .describe("The body it directs to act ('... chỉ đạo Ủy ban nhân dân tỉnh ...'), or null."),
      Field.<Task>text("directs_code", Task::directsCode).nullable().schema("pattern", CODE),
      Field.<Task>texts("co_agencies", Task::coAgencies)
          .describe("The bodies it works with ('phối hợp với ...'), as written, each a body."),
      Field.<Task>texts("co_agency_codes", t -> t.coAgencyCodes().stream().map(c -> c == null ? "" : c).toList())
          .describe("Their codes in the same order; '' where unknown."),
      Field.<Task>text("action", Task::action).describe("The first action of the passage, as written."),
      Field.<Task>text("deadline_text", Task::deadlineText).nullable(),
      Field.<Task>text("deadline", Task::deadline).nullable()
          .schema("pattern", "^(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?|-Q[1-4])?|yearly(?::\\d{2}-\\d{2})?|semiannual"
              + "|quarterly|monthly|ongoing)$")
          .describe("A date, month, quarter or year; yearly:MM-DD, yearly, semiannual, quarterly, monthly, ongoing."),
      Field.<Task>text("deliverable", Task::deliverable).nullable()
          .schema("enum", java.util.Arrays.asList("ke_hoach", "bao_cao", "de_an", "chuong_trinh", "nghi_quyet",
              "huong_dan", "van_ban", null)),
      Field.<Task>text("section", Task::section),
      Field.<Task>text("section_kind", t -> t.sectionKind().id()),
      Field.<Task>text("passage", Task::passage).schema("minLength", 1),
      Field.<Task>integer("line", Task::line).schema("minimum", 1),
      Field.<Task>integer("start", Task::start).schema("minimum", 0),
      Field.<Task>integer("end", Task::end).schema("minimum", 0),
      Field.<Task, CellRef>record("table", CellRef.FIELDS, Task::table).nullable()
          .describe("The task table's lead cell; null for an assignment of the running text."),
      Field.<Task>bool("ocr", r -> r.confidence() != null)
          .describe("Whether its text was read by OCR (a scanned page or an image): review these first."),
      Field.<Task>number("confidence", r -> r.confidence() == null ? null : java.math.BigDecimal.valueOf(r.confidence()))
          .nullable().schema("minimum", 0).schema("maximum", 1)
          .describe("OCR's mean confidence (0 to 1) in the words of its span; null when not read by OCR."));
}
