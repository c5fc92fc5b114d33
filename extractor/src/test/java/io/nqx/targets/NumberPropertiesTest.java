package io.nqx.targets;

import static io.nqx.testing.Property.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.document.Pipeline;
import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.testing.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the number and comparator rules over generated inputs (seeded: the same inputs on every run).
 * The two bugs the first random runs found stand as examples in {@link NumberTextTest} ("1,2.3") and
 * {@link MentionFinderTest} ("9 bác sĩ/trên 10.000 dân").
 */
class NumberPropertiesTest {
  private static final Pipeline PIPELINE = StandardPipeline.create();

  /** A number printed the Vietnamese way: dots between thousands, a decimal comma. */
  static String vietnamese(BigDecimal value) {
    String plain = value.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return dot < 0 ? grouped.toString() : grouped + "," + plain.substring(dot + 1);
  }

  /** A decimal in [min, max] with {@code scale} digits after the point. */
  private static BigDecimal decimal(Random random, long minUnits, long maxUnits, int scale) {
    long units = minUnits + (long) (random.nextDouble() * (maxUnits - minUnits + 1));
    return BigDecimal.valueOf(Math.min(units, maxUnits), scale).setScale(scale, RoundingMode.UNNECESSARY);
  }

  @Test
  void anyNumberInVietnameseNotationParsesBackToItself() {
    forAll(100, r -> decimal(r, 0, 99_999_999_999L, 3),
        value -> assertThat(NumberText.parse(vietnamese(value))).isEqualByComparingTo(value));
  }

  @Test
  void leadingZerosDoNotChangeTheValue() {
    forAll(40, r -> 1 + r.nextInt(99),
        n -> assertThat(NumberText.parse("0" + n)).isEqualByComparingTo(BigDecimal.valueOf(n)));
  }

  /** A comparator phrase and what it means. */
  record Cue(String words, Relation comparator) {}

  private static final List<Cue> CUES = List.of(new Cue("dưới", Relation.LT), new Cue("xuống dưới", Relation.LT),
      new Cue("không quá", Relation.LE), new Cue("tối đa", Relation.LE), new Cue("trên", Relation.GT),
      new Cue("đạt trên", Relation.GT), new Cue("tối thiểu", Relation.GE), new Cue("ít nhất", Relation.GE),
      new Cue("tối thiểu đạt trên", Relation.GT), new Cue("khoảng", Relation.APPROX), new Cue("đạt", Relation.EQ),
      new Cue("", Relation.EQ));

  /** Words without digits, as the text around a target might be. */
  private static String prose(Random random) {
    return Property.joined(random, 6, " ", r -> Property.oneOf(r, "tỉ lệ", "hộ gia đình", "của tỉnh", "phấn đấu",
        "bảo đảm", "trong đó", "các xã", "người dân", "đến cuối nhiệm kỳ", "được hưởng", "cơ bản", "toàn diện"));
  }

  /** A target expression with words around it. */
  record Surrounded(Cue cue, BigDecimal value, String before, String after) {
    String expression() {
      return (cue.words().isEmpty() ? "" : cue.words() + " ") + vietnamese(value) + "%";
    }

    String text() {
      return before + ", " + expression() + " " + after;
    }
  }

  @Test
  void aTargetExpressionReadsTheSameWhateverSurroundsIt() {
    forAll(60, r -> new Surrounded(CUES.get(r.nextInt(CUES.size())), decimal(r, 1, 9990, 1), prose(r), prose(r)),
        s -> {
          String text = s.text();
          List<Mention> found = MentionFinder.find(text, 0, text.length());
          assertThat(found).hasSize(1);
          Mention m = found.get(0);
          assertThat(m.value()).isEqualByComparingTo(s.value());
          assertThat(m.comparator()).isEqualTo(s.cue().comparator());
          assertThat(m.unit()).isEqualTo(Mention.UnitKind.PERCENT);
          assertThat(text.substring(m.start(), m.end())).isEqualTo(s.expression());
        });
  }

  @Test
  void aTargetSentenceYieldsTheSameTargetInAnyPlan() {
    forAll(30, r -> new String[] {prose(r), prose(r)}, around -> {
      String body = "II. MỤC TIÊU\n\n" + around[0] + ". Tỷ lệ thất nghiệp khu vực thành thị dưới 2,35%; " + around[1]
          + ".\n";
      SourceText text = Ingestor.create().read(("KẾ HOẠCH\n\n" + body).getBytes(StandardCharsets.UTF_8), "p.md");
      List<Target> targets = PIPELINE.run(text).get(Target.LAYER).stream().filter(Target::isTarget).toList();
      assertThat(targets).hasSize(1);
      Target t = targets.get(0);
      assertThat(t.indicator()).isEqualTo("unemployment_rate_urban");
      assertThat(t.comparator()).isEqualTo(Relation.LT);
      assertThat(t.value()).isEqualByComparingTo("2.35");
    });
  }

  /** Any text: arbitrary characters, digits and punctuation, and pieces of real plans, in any order. */
  private static String anything(Random random) {
    return Property.joined(random, 30, "", r -> switch (r.nextInt(3)) {
      case 0 -> Property.anyChars(r, 40);
      case 1 -> Property.chars(r, 60, "0123456789.,%-/ ()đĐơưâêôăáàảãạ;:\n#*|<>");
      default -> Property.oneOf(r, "II. MỤC TIÊU\n", "1. Chỉ tiêu đến năm 2030\n", "(1) ", "a) ", "**",
          "Nơi nhận:\n", "T/M BAN CHẤP HÀNH\n", "PHỤ LỤC I\n", "trên 10.000 dân", "khoảng", "từ 3 đến 5 tuổi",
          "m2 sàn/người");
    });
  }

  @Test
  void noInputMakesTheExtractorThrow() {
    forAll(80, NumberPropertiesTest::anything, input -> {
      SourceText text;
      try {
        text = Ingestor.create().read(input.getBytes(StandardCharsets.UTF_8), "fuzz.txt");
      } catch (IngestException e) {
        return; // empty or blank: refused with a reason, which is the expected way to fail
      }
      for (Target t : PIPELINE.run(text).get(Target.LAYER)) {
        assertThat(t.valueText()).containsPattern("\\d");
        assertThat(t.start()).isBetween(0, text.text().length());
        assertThat(t.end()).isBetween(t.start(), text.text().length());
      }
    });
  }
}
