package io.nqx.citations;

import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.ingest.Range;
import java.util.List;

/**
 * A document another one refers to: its type, its number, the date and issuer its fullest mention gives,
 * where that mention stands, and every place it is mentioned (later, shorter mentions included: "Nghị quyết
 * số 42-NQ/TW" after the full one, "Kế hoạch 19").
 *
 * @param type nghi_quyet, ke_hoach, quyet_dinh, nghi_dinh, thong_tu, chi_thi, luat, ket_luan, chuong_trinh,
 *     de_an, cong_van, ... (from its type word, else its symbol)
 * @param number the canonical number with its symbol ("42-NQ/TW", "338/QĐ-TTg", "73/2024/NĐ-CP"), or the bare
 *     number when it is cited without one ("06" of "Đề án 06")
 * @param symbol the symbol part of the number ("NQ/TW", "QĐ-TTg", "NĐ-CP", "QH15"), or null
 * @param year the year its number or date gives, or null
 * @param date its date, ISO 8601, when a mention gives it, or null
 * @param issuer the body that issued it as a mention writes it ("Ban Chấp hành Trung ương Đảng khóa XIII"), or
 *     null
 * @param text the fullest mention as written
 * @param line 1-based source line of the fullest mention
 * @param start offset of the fullest mention in the normalized text
 * @param end offset just past it
 * @param mentions every mention's range in the normalized text, in order
 * @param confidence OCR's mean confidence in the words of the fullest mention, or null when not read by OCR
 */
public record Citation(String type, String number, String symbol, Integer year, String date, String issuer,
    String text, int line, int start, int end, List<Range> mentions, Double confidence) {

  public Citation {
    mentions = List.copyOf(mentions);
  }

  /** A citation not read by OCR. */
  public Citation(String type, String number, String symbol, Integer year, String date, String issuer, String text,
      int line, int start, int end, List<Range> mentions) {
    this(type, number, symbol, year, date, issuer, text, line, start, end, mentions, null);
  }

  /** The same citation with OCR's confidence in the words of its fullest mention (null: not read by OCR). */
  public Citation withConfidence(Double c) {
    return new Citation(type, number, symbol, year, date, issuer, text, line, start, end, mentions, c);
  }

  /** The key a citation is known by: its type and number, as a reference ("nghi_quyet 42-NQ/TW"). */
  public String key() {
    return type + " " + number;
  }

  private static final List<String> TYPES = List.of("nghi_quyet", "ke_hoach", "quyet_dinh", "nghi_dinh", "thong_tu",
      "chi_thi", "luat", "ket_luan", "chuong_trinh", "de_an", "cong_van", "thong_bao", "huong_dan", "bao_cao",
      "phap_lenh", "quy_dinh", "to_trinh", "thong_tri", "hien_phap", "other");

  /** The output fields of a citation, in order. */
  public static final FieldSet<Citation> FIELDS = FieldSet.of("citation",
      Field.<Citation>text("number", Citation::number).schema("minLength", 1)
          .describe("The canonical number with its symbol ('42-NQ/TW', '73/2024/NĐ-CP'), or the bare number."),
      Field.<Citation>text("type", Citation::type).schema("enum", TYPES),
      Field.<Citation>text("symbol", Citation::symbol).nullable(),
      Field.<Citation>integer("year", Citation::year).nullable(),
      Field.<Citation>text("date", Citation::date).nullable().schema("format", "date"),
      Field.<Citation>text("issuer", Citation::issuer).nullable(),
      Field.<Citation>text("text", Citation::text).schema("minLength", 1),
      Field.<Citation>integer("line", Citation::line).schema("minimum", 1),
      Field.<Citation>integer("start", Citation::start).schema("minimum", 0),
      Field.<Citation>integer("end", Citation::end).schema("minimum", 0),
      Field.<Citation>integer("mentions", c -> c.mentions().size()).schema("minimum", 1)
          .describe("How many times the document mentions it."),
      Field.<Citation>bool("ocr", r -> r.confidence() != null)
          .describe("Whether its text was read by OCR (a scanned page or an image): review these first."),
      Field.<Citation>number("confidence", r -> r.confidence() == null ? null : java.math.BigDecimal.valueOf(r.confidence()))
          .nullable().schema("minimum", 0).schema("maximum", 1)
          .describe("OCR's mean confidence (0 to 1) in the words of its span; null when not read by OCR."));
}
