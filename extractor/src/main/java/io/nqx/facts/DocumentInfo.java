package io.nqx.facts;

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
 */
public record DocumentInfo(String province, String docType, String number, String date, String place,
    String issuer, String title, String mediaType, String encoding, Genre genre) {

  /** The year of the document's date, or null. */
  public Integer year() {
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }

  /** The document facts layer, added by {@link FactsStage}. */
  public static final Layer<DocumentInfo> LAYER = Layer.named("facts");

  /** The output fields of the {@code document} object, in order. */
  public static final FieldSet<DocumentInfo> FIELDS = FieldSet.of("document",
      Field.<DocumentInfo>text("province", DocumentInfo::province).nullable(),
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
              + "numbers are."));
}
