package io.nqx.cli;

import io.nqx.document.Field;
import io.nqx.document.FieldSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Record fields as CSV cells: null is empty, numbers plain ("74900", "0.738"), lists joined by "; ". */
final class CsvRows {
  private CsvRows() {}

  /** The cells of one record, in registry order. */
  static <R> List<String> cells(FieldSet<R> fields, R record) {
    List<String> out = new ArrayList<>();
    for (Field<R> f : fields.fields()) {
      out.add(cell(f, record == null ? null : f.valueOf(record)));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static String cell(Field<?> f, Object value) {
    if (value == null) {
      return "";
    }
    return switch (f.type()) {
      case NUMBER -> ((BigDecimal) value).toPlainString();
      case STRINGS -> String.join("; ", (List<String>) value);
      case RECORD -> cells((FieldSet<Object>) f.nested(), value).stream().filter(c -> !c.isEmpty())
          .collect(Collectors.joining(":"));
      case RECORDS -> ((List<Object>) value).stream()
          .map(r -> cell(((FieldSet<Object>) f.nested()).fields().get(0), ((FieldSet<Object>) f.nested()).fields().get(0)
              .valueOf(r)))
          .collect(Collectors.joining("; "));
      default -> value.toString();
    };
  }
}
