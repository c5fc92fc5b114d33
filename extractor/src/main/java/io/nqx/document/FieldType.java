package io.nqx.document;

/** What kind of value a {@link Field} holds, which decides how JSON, CSV and the JSON Schema write it. */
public enum FieldType {
  /** A {@link String}. */
  STRING("string"),
  /** A {@link java.math.BigDecimal}, written as a plain JSON number. */
  NUMBER("number"),
  /** An {@link Integer}. */
  INTEGER("integer"),
  /** A {@link Boolean}. */
  BOOLEAN("boolean"),
  /** A {@code List<String>}: a JSON array; in CSV the items joined by "; ". */
  STRINGS("array"),
  /** A nested record described by its own {@link FieldSet}: a JSON object; in CSV its fields' values joined. */
  RECORD("object"),
  /**
   * A {@code List} of nested records of one {@link FieldSet}: a JSON array of objects; in CSV each record's
   * first field, joined by "; ".
   */
  RECORDS("array");

  private final String jsonType;

  FieldType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** The JSON Schema type name. */
  public String jsonType() {
    return jsonType;
  }
}
