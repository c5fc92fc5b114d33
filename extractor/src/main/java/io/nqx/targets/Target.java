package io.nqx.targets;

import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.document.Layer;
import io.nqx.sections.SectionKind;
import io.nqx.tables.CellRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One numeric target: what is measured, how, by when, and where it stands in the document.
 *
 * @param indicator the taxonomy code, or {@code other}
 * @param indicatorText the phrase that named the indicator, as written
 * @param comparator how the value bounds the indicator
 * @param value the value (the lower bound of a range)
 * @param valueMax the upper bound of a range, else null
 * @param unit a unit code (percent, per_10k_population, ...) or a snake_case unit for other targets
 * @param unitText the unit as written, or null
 * @param year the target year, or null
 * @param section id of the innermost enclosing heading
 * @param sectionKind the canonical part that heading belongs to
 * @param valueText the exact source text of the value expression
 * @param sentence the sentence the target stands in
 * @param line 1-based source line of the value
 * @param start offset of valueText in the normalized text
 * @param end offset just past valueText
 * @param kind what the number is: a target, or a result, parameter, criterion or other number
 * @param evidence the cues that decided the kind, each "kind:cue" ("target:phấn đấu", "parameter:money"),
 *     the decided kind's first
 * @param leadAgency the agency that leads the work toward it (a table's "Cơ quan chủ trì" cell, or "do Sở Y tế
 *     chủ trì" in its sentence), or null
 * @param coAgencies the agencies that work with the lead ("Cơ quan phối hợp", "phối hợp với ..."), in order
 * @param table the table cell the value stands in, or null for a value of the running text
 */
public record Target(String indicator, String indicatorText, Relation comparator, BigDecimal value,
    BigDecimal valueMax, String unit, String unitText, Integer year, String section, SectionKind sectionKind,
    String valueText, String sentence, int line, int start, int end, Kind kind, List<String> evidence,
    String leadAgency, List<String> coAgencies, CellRef table, Double confidence) {

  public Target {
    evidence = List.copyOf(evidence);
    coAgencies = List.copyOf(coAgencies);
  }

  /** A target not read by OCR. */
  public Target(String indicator, String indicatorText, Relation comparator, BigDecimal value, BigDecimal valueMax,
      String unit, String unitText, Integer year, String section, SectionKind sectionKind, String valueText,
      String sentence, int line, int start, int end, Kind kind, List<String> evidence, String leadAgency,
      List<String> coAgencies, CellRef table) {
    this(indicator, indicatorText, comparator, value, valueMax, unit, unitText, year, section, sectionKind, valueText,
        sentence, line, start, end, kind, evidence, leadAgency, coAgencies, table, null);
  }

  /** The same target with OCR's confidence in its words (null: not read by OCR). */
  public Target withConfidence(Double c) {
    return new Target(indicator, indicatorText, comparator, value, valueMax, unit, unitText, year, section,
        sectionKind, valueText, sentence, line, start, end, kind, evidence, leadAgency, coAgencies, table, c);
  }

  /** Whether the document commits to it. */
  public boolean isTarget() {
    return kind == Kind.TARGET;
  }

  /**
   * Every number of a document that is a quantity, each with its kind (targets and the results, parameters,
   * criteria and other numbers told apart from them), in document order; added by {@link TargetStage}.
   */
  public static final Layer<List<Target>> LAYER = Layer.named("targets");

  private static final String CODE = "^[a-z0-9_]+$";

  /** The output fields of a target, in order: JSON keys, CSV columns and the schema come from here. */
  public static final FieldSet<Target> FIELDS = FieldSet.of("target",
      Field.<Target>text("indicator", Target::indicator).schema("pattern", CODE)
          .describe("A taxonomy code, or 'other'."),
      Field.<Target>text("indicator_text", Target::indicatorText),
      Field.<Target>text("comparator", t -> t.comparator().id())
          .schema("enum", List.of("eq", "lt", "le", "gt", "ge", "approx", "range")),
      Field.<Target>number("value", Target::value),
      Field.<Target>number("value_max", Target::valueMax).nullable()
          .describe("The upper bound of a range, else null."),
      Field.<Target>text("unit", Target::unit).schema("pattern", CODE)
          .schema("examples", List.of("percent", "percent_per_year", "per_10k_population", "m2_per_person", "years",
              "index", "level", "litres_per_person_per_day", "units")),
      Field.<Target>text("unit_text", Target::unitText).nullable(),
      Field.<Target>integer("year", Target::year).nullable().schema("minimum", 1900).schema("maximum", 2200),
      Field.<Target>text("interval", Target::interval).schema("pattern", "^[\\[(][0-9.]*,[0-9.]*[\\])]$"),
      Field.<Target>text("section", Target::section),
      Field.<Target>text("section_kind", t -> t.sectionKind().id())
          .schema("enum", List.of("muc_dich_yeu_cau", "tinh_hinh", "quan_diem", "muc_tieu", "nhiem_vu",
              "to_chuc_thuc_hien", "kinh_phi", "pham_vi", "annex", "other"))
          .describe("The canonical part the value stands in; 'annex' for a PHỤ LỤC (front and back matter are "
              + "never read for targets)."),
      Field.<Target>text("value_text", Target::valueText).schema("minLength", 1),
      Field.<Target>text("sentence", Target::sentence).schema("minLength", 1),
      Field.<Target>integer("line", Target::line).schema("minimum", 1),
      Field.<Target>integer("start", Target::start).schema("minimum", 0),
      Field.<Target>integer("end", Target::end).schema("minimum", 0),
      Field.<Target>text("kind", t -> t.kind().id())
          .schema("enum", List.of("target", "result", "parameter", "criterion", "other"))
          .describe("What the number is; extract writes targets only unless --kinds asks for more."),
      Field.<Target>texts("evidence", Target::evidence)
          .describe("The cues that decided the kind, each 'kind:cue', the decided kind's first."),
      Field.<Target>text("lead_agency", Target::leadAgency).nullable()
          .describe("The agency that leads the work toward the target: a table's 'Cơ quan chủ trì' cell, or "
              + "'do Sở Y tế chủ trì' in its sentence; null when the document names none."),
      Field.<Target>texts("co_agencies", Target::coAgencies)
          .describe("The agencies that work with the lead ('Cơ quan phối hợp', 'phối hợp với ...'), in order."),
      Field.<Target, CellRef>record("table", CellRef.FIELDS, Target::table).nullable()
          .describe("The table cell the value stands in (numbers from 1 as 'nqx text --tables' shows them); "
              + "null for a value of the running text."),
      Field.<Target>bool("ocr", r -> r.confidence() != null)
          .describe("Whether its text was read by OCR (a scanned page or an image): review these first."),
      Field.<Target>number("confidence", r -> r.confidence() == null ? null : java.math.BigDecimal.valueOf(r.confidence()))
          .nullable().schema("minimum", 0).schema("maximum", 1)
          .describe("OCR's mean confidence (0 to 1) in the words of its span; null when not read by OCR."))
      .schema("if", Map.of("properties", Map.of("comparator", Map.of("const", "range"))))
      .schema("then", Map.of("properties", Map.of("value_max", Map.of("type", "number"))))
      .schema("else", Map.of("properties", Map.of("value_max", Map.of("type", "null"))));

  /**
   * The value as an interval: "(,2.35)" below 2.35, "[95,)" at least 95, "[40,45]" a range, "[99.5,99.5]"
   * exactly (also for "khoảng", whose approximation the comparator says).
   */
  public String interval() {
    return comparator.interval(value, valueMax);
  }

  /** The value as a matrix cell shows it: "<2.35", "≥95", "40–45". */
  public String cell() {
    return comparator.cell(value, valueMax);
  }
}
