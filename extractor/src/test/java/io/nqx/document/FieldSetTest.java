package io.nqx.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSetTest {
  record Row(String name, BigDecimal value, Integer year, List<String> tags) {}

  record Labelled(String label, Row row) {}

  private static final FieldSet<Row> ROWS = FieldSet.of("row",
      Field.<Row>text("name", Row::name).csv("row_name"),
      Field.<Row>number("value", Row::value),
      Field.<Row>integer("year", Row::year).nullable().schema("minimum", 1900),
      Field.<Row>texts("tags", Row::tags));

  @Test
  void aFieldSetNamesItsFieldsAndColumnsInOrder() {
    assertThat(ROWS.names()).containsExactly("name", "value", "year", "tags");
    assertThat(ROWS.csvNames()).containsExactly("row_name", "value", "year", "tags");
    assertThat(ROWS.field("year").nullAllowed()).isTrue();
    assertThat(ROWS.field("year").schema()).containsEntry("minimum", 1900);
    assertThat(ROWS.field("name").valueOf(new Row("a", BigDecimal.ONE, null, List.of()))).isEqualTo("a");
  }

  @Test
  void aSelectionReadFromAnotherRecordKeepsTheFieldsItNames() {
    FieldSet<Labelled> tidy = ROWS.select("value", "name").<Labelled>on(Labelled::row)
        .prepend(Field.text("label", Labelled::label));
    assertThat(tidy.names()).containsExactly("label", "value", "name");
    Labelled l = new Labelled("Lào Cai", new Row("x", new BigDecimal("2.5"), 2030, List.of()));
    assertThat(tidy.fields()).extracting(f -> f.valueOf(l)).containsExactly("Lào Cai", new BigDecimal("2.5"), "x");
  }

  @Test
  void aFieldNamedTwiceOrAMisplacedNestedSetIsRefused() {
    assertThatThrownBy(() -> FieldSet.of("row", Field.<Row>text("name", Row::name), Field.<Row>text("name", Row::name)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("row: field 'name' twice");
    assertThatThrownBy(() -> ROWS.field("nope")).hasMessage("row has no field 'nope'");
    assertThatThrownBy(() -> new Field<Row>("x", FieldType.RECORD, false, Row::name, "x", "", java.util.Map.of(), null))
        .hasMessage("x: a nested field set goes with types RECORD and RECORDS only");
  }
}
