package io.nqx.document;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One output field of a record type: its name, its type, whether it may be null, how to read it from a
 * record, and what the JSON Schema says of it beyond its type. JSON keys, CSV columns and the schema are all
 * written from these, so a field is declared once. Immutable: each modifier returns a new field.
 *
 * @param name the JSON key (snake_case)
 * @param type the kind of value
 * @param nullAllowed whether the value may be null (the key is always written)
 * @param getter reads the value from a record: a String, BigDecimal, Integer, Boolean, List of String, or for
 *     {@link FieldType#RECORD} a record of {@code nested}
 * @param csvName the CSV column name (usually the name)
 * @param description what it means, for the schema (may be empty)
 * @param schema further JSON Schema keywords of the property ("pattern", "enum", "minimum", "examples", ...)
 * @param nested for a RECORD field, the fields of the nested record; else null
 * @param <R> the record type
 */
public record Field<R>(String name, FieldType type, boolean nullAllowed, Function<? super R, ?> getter, String csvName,
    String description, Map<String, Object> schema, FieldSet<?> nested) {

  public Field {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(getter);
    schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    if ((type == FieldType.RECORD || type == FieldType.RECORDS) != (nested != null)) {
      throw new IllegalArgumentException(name + ": a nested field set goes with types RECORD and RECORDS only");
    }
  }

  private static <R> Field<R> of(String name, FieldType type, Function<? super R, ?> getter) {
    return new Field<>(name, type, false, getter, name, "", Map.of(), null);
  }

  public static <R> Field<R> text(String name, Function<? super R, String> getter) {
    return of(name, FieldType.STRING, getter);
  }

  public static <R> Field<R> number(String name, Function<? super R, BigDecimal> getter) {
    return of(name, FieldType.NUMBER, getter);
  }

  public static <R> Field<R> integer(String name, Function<? super R, Integer> getter) {
    return of(name, FieldType.INTEGER, getter);
  }

  public static <R> Field<R> bool(String name, Function<? super R, Boolean> getter) {
    return of(name, FieldType.BOOLEAN, getter);
  }

  public static <R> Field<R> texts(String name, Function<? super R, List<String>> getter) {
    return of(name, FieldType.STRINGS, getter);
  }

  /** A nested record (for example a table cell's coordinates), written as an object. */
  public static <R, N> Field<R> record(String name, FieldSet<N> fields, Function<? super R, N> getter) {
    return new Field<>(name, FieldType.RECORD, false, getter, name, "", Map.of(), fields);
  }

  /** A list of nested records (for example the documents a document cites), written as an array of objects. */
  public static <R, N> Field<R> records(String name, FieldSet<N> fields, Function<? super R, List<N>> getter) {
    return new Field<>(name, FieldType.RECORDS, false, getter, name, "", Map.of(), fields);
  }

  /** This field, allowed to be null. */
  public Field<R> nullable() {
    return new Field<>(name, type, true, getter, csvName, description, schema, nested);
  }

  /** This field under another CSV column name. */
  public Field<R> csv(String column) {
    return new Field<>(name, type, nullAllowed, getter, column, description, schema, nested);
  }

  public Field<R> describe(String text) {
    return new Field<>(name, type, nullAllowed, getter, csvName, text, schema, nested);
  }

  /** This field with one more JSON Schema keyword. */
  public Field<R> schema(String keyword, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    more.put(keyword, value);
    return new Field<>(name, type, nullAllowed, getter, csvName, description, more, nested);
  }

  /** The same field read from a record that holds an {@code R} (a row that pairs a target with its document). */
  public <S> Field<S> on(Function<? super S, ? extends R> from) {
    Function<? super R, ?> own = getter;
    return new Field<S>(name, type, nullAllowed, s -> own.apply(from.apply(s)), csvName, description, schema, nested);
  }

  /** The value of this field in a record. */
  public Object valueOf(R record) {
    return getter.apply(record);
  }
}
