package io.nqx.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.sections.SectionKind;
import io.nqx.targets.Kind;
import io.nqx.targets.Relation;
import io.nqx.targets.Target;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
  private static GoldRecord gold(int line, String indicator, String comparator, String value, String status) {
    return new GoldRecord("009", line, "II.2", "muc_tieu", value + "%", indicator, indicator, comparator,
        new BigDecimal(value), null, "percent", 2030, status, null);
  }

  private static Target target(int line, String indicator, Relation comparator, String value) {
    return new Target(indicator, indicator, comparator, new BigDecimal(value), null, "percent", "%", 2030, "II.2",
        SectionKind.MUC_TIEU, value + "%", "s", line, 0, 1, Kind.TARGET, List.of(), null, List.of(), null);
  }

  @Test
  void hitsMissesAndFalseAlarmsStrictAndLenient() {
    List<GoldRecord> gold = List.of(
        gold(10, "unemployment_rate", "lt", "2", "sure"),
        gold(10, "trained_labour_rate", "eq", "75", "sure"),
        gold(12, "immunisation_rate", "gt", "95", "sure"));
    List<Target> found = List.of(
        target(10, "unemployment_rate", Relation.LT, "2"),
        target(10, "trained_labour_certified_rate", Relation.EQ, "75"),
        target(14, "other", Relation.EQ, "40"));
    Evaluation e = Evaluation.of(gold, found);
    assertThat(e.strict()).isEqualTo(new Score(1, 2, 2));
    assertThat(e.lenient()).isEqualTo(new Score(2, 1, 1));
    assertThat(e.misses()).extracting(GoldRecord::indicator).containsExactly("trained_labour_rate", "immunisation_rate");
    assertThat(e.falseAlarms()).extracting(Target::indicator).containsExactly("trained_labour_certified_rate", "other");
    assertThat(e.strict().precision()).isEqualTo(1.0 / 3);
    assertThat(e.strict().recall()).isEqualTo(1.0 / 3);
    assertThat(e.lenient().f1()).isEqualTo(2.0 / 3);
  }

  @Test
  void borderlineRecordsCountNeitherWay() {
    List<GoldRecord> gold = List.of(gold(20, "other", "eq", "20", "borderline"), gold(21, "hdi", "eq", "1", "sure"));
    Evaluation found = Evaluation.of(gold, List.of(target(20, "land_value", Relation.EQ, "20"),
        target(21, "hdi", Relation.EQ, "1")));
    assertThat(found.strict()).isEqualTo(new Score(1, 0, 0));
    Evaluation missed = Evaluation.of(gold, List.of(target(21, "hdi", Relation.EQ, "1")));
    assertThat(missed.strict()).isEqualTo(new Score(1, 0, 0));
  }

  @Test
  void aRepeatedTargetTakesTheNearestMention() {
    List<GoldRecord> gold = List.of(gold(66, "social_housing_units", "eq", "8300", "sure"),
        gold(182, "social_housing_units", "eq", "8300", "sure"));
    Evaluation e = Evaluation.of(gold, List.of(target(182, "social_housing_units", Relation.EQ, "8300")));
    assertThat(e.strict()).isEqualTo(new Score(1, 0, 1));
    assertThat(e.misses()).extracting(GoldRecord::line).containsExactly(66);
  }

  @Test
  void goldIsReadFromJsonLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("009.jsonl");
    Files.writeString(file, "{\"doc\": \"009\", \"line\": 7, \"section\": \"II.2\", \"section_kind\": \"muc_tieu\", "
        + "\"value_text\": \"đạt 40-45%\", \"indicator\": \"trained_labour_certified_rate\", \"indicator_text\": \"x\", "
        + "\"comparator\": \"range\", \"value\": 40, \"value_max\": 45, \"unit\": \"percent\", \"year\": 2030, "
        + "\"status\": \"sure\"}\n\n");
    GoldRecord r = GoldReader.read(file).get(0);
    assertThat(r.line()).isEqualTo(7);
    assertThat(r.value()).isEqualByComparingTo("40");
    assertThat(r.valueMax()).isEqualByComparingTo("45");
    assertThat(r.year()).isEqualTo(2030);
    assertThat(r.isBorderline()).isFalse();
  }
}
