package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nqx.sections.SectionKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntervalAndTaxonomyTest {
  private static Target target(Relation c, String value, String max) {
    return new Target("x", "x", c, new BigDecimal(value), max == null ? null : new BigDecimal(max), "percent", "%",
        2030, "II", SectionKind.MUC_TIEU, "v", "s", 1, 0, 1, Kind.TARGET, java.util.List.of(), null, java.util.List.of(), null);
  }

  @Test
  void intervalsInStandardNotation() {
    assertThat(target(Relation.LT, "2.35", null).interval()).isEqualTo("(,2.35)");
    assertThat(target(Relation.LE, "5", null).interval()).isEqualTo("(,5]");
    assertThat(target(Relation.GT, "95", null).interval()).isEqualTo("(95,)");
    assertThat(target(Relation.GE, "95", null).interval()).isEqualTo("[95,)");
    assertThat(target(Relation.RANGE, "40", "45").interval()).isEqualTo("[40,45]");
    assertThat(target(Relation.EQ, "99.5", null).interval()).isEqualTo("[99.5,99.5]");
    assertThat(target(Relation.APPROX, "75", null).interval()).isEqualTo("[75,75]");
  }

  @Test
  void theBuiltInTaxonomyHasEveryCodeWithItsUnit() {
    Taxonomy t = Taxonomy.builtIn();
    assertThat(t.indicators()).hasSize(56);
    assertThat(t.get("doctors_per_10k").orElseThrow().unit()).isEqualTo("per_10k_population");
    assertThat(t.get("doctors_per_10k").orElseThrow().cues()).containsExactly("bác sĩ", "bác sỹ");
    assertThat(t.get("other").orElseThrow().unit()).isEmpty();
  }

  @Test
  void aMalformedTaxonomyIsRefusedWithItsName(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "name,unit\nfoo,percent\n");
    assertThatThrownBy(() -> Taxonomy.load(bad)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(bad + ": not a taxonomy CSV");
  }
}
