package io.nqx.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The registry of one record type's output fields, in output order: what a target, a document or a task
 * writes. JSON objects, CSV headers and rows, the tidy matrix and the JSON Schema are produced from it; adding
 * a field is one entry here.
 *
 * @param name the record type's name (the schema's {@code $defs} key: "target", "document")
 * @param fields the fields in output order
 * @param schema JSON Schema keywords of the record as a whole (for example an if/then rule across fields)
 * @param <R> the record type
 */
public record FieldSet<R>(String name, List<Field<R>> fields, Map<String, Object> schema) {

  public FieldSet {
    Objects.requireNonNull(name);
    fields = List.copyOf(fields);
    schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    List<String> seen = new ArrayList<>();
    for (Field<R> f : fields) {
      if (seen.contains(f.name())) {
        throw new IllegalArgumentException(name + ": field '" + f.name() + "' twice");
      }
      seen.add(f.name());
    }
  }

  @SafeVarargs
  public static <R> FieldSet<R> of(String name, Field<R>... fields) {
    return new FieldSet<>(name, List.of(fields), Map.of());
  }

  /** This set with one more record-level JSON Schema keyword. */
  public FieldSet<R> schema(String keyword, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    more.put(keyword, value);
    return new FieldSet<>(name, fields, more);
  }

  /** The field names, in order: the JSON keys. */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /** The CSV column names, in order. */
  public List<String> csvNames() {
    return fields.stream().map(Field::csvName).toList();
  }

  public Field<R> field(String fieldName) {
    for (Field<R> f : fields) {
      if (f.name().equals(fieldName)) {
        return f;
      }
    }
    throw new IllegalArgumentException(name + " has no field '" + fieldName + "'");
  }

  /** These fields only, in the order named (the tidy matrix writes a few target fields). */
  public FieldSet<R> select(String... names) {
    List<Field<R>> picked = new ArrayList<>();
    for (String n : names) {
      picked.add(field(n));
    }
    return new FieldSet<>(name, picked, Map.of());
  }

  /** The same fields read from a record that holds an {@code R}. */
  public <S> FieldSet<S> on(Function<? super S, ? extends R> from) {
    List<Field<S>> mapped = new ArrayList<>();
    for (Field<R> f : fields) {
      mapped.add(f.on(from));
    }
    return new FieldSet<>(name, mapped, schema);
  }

  /** This set with one field put in front (the tidy matrix's document column). */
  public FieldSet<R> prepend(Field<R> first) {
    List<Field<R>> all = new ArrayList<>();
    all.add(first);
    all.addAll(fields);
    return new FieldSet<>(name, all, schema);
  }

  /** This set with more fields after its own (a record type grows by appending). */
  @SafeVarargs
  public final FieldSet<R> append(Field<R>... more) {
    List<Field<R>> all = new ArrayList<>(fields);
    all.addAll(List.of(more));
    return new FieldSet<>(name, all, schema);
  }
}
