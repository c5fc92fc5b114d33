package io.nqx.targets;

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
 */
public record DocumentInfo(String province, String docType, String number, String date, String place,
    String issuer, String title, String mediaType, String encoding) {}
