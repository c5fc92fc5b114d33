package io.nqx.facts;

import io.nqx.citations.Citation;
import io.nqx.ingest.OcrPage;
import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import io.nqx.document.Layer;
import java.util.List;

/**
 * What a document's front and back matter say about it; every field may be null when the document does
 * not say it.
 *
 * @param province the province or city it belongs to, by name ("Lào Cai")
 * @param docType the kind of document: chuong_trinh_hanh_dong, chuong_trinh, ke_hoach, nghi_quyet, ...
 * @param number its number as written ("165/KH-UBND")
 * @param date its date, ISO 8601 ("2025-11-21"), when day, month and year are all filled in
 * @param place the place of the place-and-date line ("Hậu Giang")
 * @param issuer the body that signs it, as its signature writes it ("BAN CHẤP HÀNH")
 * @param title the document type line of the title
 * @param mediaType the format detected from the content ("application/pdf")
 * @param encoding the text encoding when the format does not carry one (plain text), or the legacy
 *     Vietnamese encoding converted (TCVN3, VNI); else null
 * @param genre what kind of text it is (a plan, a regulation, a Q&A page, ...), never null
 * @param implemented the numbers of the documents it says it implements ("42-NQ/TW"), in order
 * @param cites the documents it cites, in order of first mention
 * @param ocr the pages read by OCR, with how sure the reading of each is (empty when none was)
 */
public record DocumentInfo(String province, String docType, String number, String date, String place,
    String issuer, String title, String mediaType, String encoding, Genre genre, List<String> implemented,
    List<Citation> cites, List<OcrPage> ocr) {

  public DocumentInfo {
    implemented = List.copyOf(implemented);
    cites = List.copyOf(cites);
    ocr = List.copyOf(ocr);
  }

  /** The output fields of a page read by OCR. */
  public static final FieldSet<OcrPage> OCR_PAGE_FIELDS = FieldSet.of("ocr_page",
      Field.<OcrPage>integer("page", OcrPage::page).schema("minimum", 1),
      Field.<OcrPage>number("confidence", p -> java.math.BigDecimal.valueOf(p.confidence()))
          .schema("minimum", 0).schema("maximum", 1)
          .describe("The mean confidence (0 to 1) of the page's words."),
      Field.<OcrPage>integer("words", OcrPage::words).schema("minimum", 0));

  /** The province it belongs to since the 2025 arrangement of provinces ("Tuyên Quang" for Hà Giang), or null. */
  public String provinceCurrent() {
    return Provinces.current(province);
  }

  /** The year of the document's date, or null. */
  public Integer year() {
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }

  /** The document facts layer, added by {@link FactsStage}. */
  public static final Layer<DocumentInfo> LAYER = Layer.named("facts");

  /** The output fields of the {@code document} object, in order. */
  public static final FieldSet<DocumentInfo> FIELDS = FieldSet.of("document",
      Field.<DocumentInfo>text("province", DocumentInfo::province).nullable()
          .describe("The province or city as the document names it (before or after the 2025 arrangement)."),
      Field.<DocumentInfo>text("province_current", DocumentInfo::provinceCurrent).nullable()
          .describe("The province it belongs to since the arrangement of 1 July 2025 (Resolution 202/2025/QH15)."),
      Field.<DocumentInfo>text("doc_type", DocumentInfo::docType).nullable()
          .schema("examples", List.of("chuong_trinh_hanh_dong", "chuong_trinh", "ke_hoach", "nghi_quyet", "quyet_dinh")),
      Field.<DocumentInfo>text("number", DocumentInfo::number).nullable(),
      Field.<DocumentInfo>text("date", DocumentInfo::date).nullable().schema("format", "date"),
      Field.<DocumentInfo>text("place", DocumentInfo::place).nullable(),
      Field.<DocumentInfo>text("issuer", DocumentInfo::issuer).nullable(),
      Field.<DocumentInfo>text("title", DocumentInfo::title).nullable().csv("document_title"),
      Field.<DocumentInfo>text("media_type", DocumentInfo::mediaType)
          .schema("examples", List.of("text/plain", "application/pdf")),
      Field.<DocumentInfo>text("encoding", DocumentInfo::encoding).nullable()
          .schema("examples", List.of("UTF-8", "windows-1258", "TCVN3", "VNI"))
          .describe("The text encoding of plain text, or the legacy Vietnamese encoding converted; else null."),
      Field.<DocumentInfo>text("genre", d -> d.genre().id())
          .schema("enum", List.of("plan", "regulation", "report", "legal_norm", "qa", "news", "encyclopedia", "other"))
          .describe("What kind of text it is, read from its type, subject and structure: evidence for what its "
              + "numbers are."),
      Field.<DocumentInfo>texts("implements", DocumentInfo::implemented)
          .describe("The numbers of the documents it says it implements or carries out ('42-NQ/TW')."),
      Field.<DocumentInfo, Citation>records("cites", Citation.FIELDS, DocumentInfo::cites)
          .describe("The documents it cites, in order of first mention."),
      Field.<DocumentInfo, OcrPage>records("ocr", OCR_PAGE_FIELDS, DocumentInfo::ocr).csv("ocr_pages")
          .describe("The pages read by OCR (a scan, an image) and the mean confidence of each; empty when none."));
}
