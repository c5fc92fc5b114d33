package io.nqx.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.sections.SectionParser;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Properties of the number and comparator rules, over generated inputs. */
class NumberPropertiesTest {

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

  @Property(tries = 500)
  void anyNumberInVietnameseNotationParsesBackToItself(
      @ForAll @BigRange(min = "0", max = "99999999") @Scale(3) BigDecimal value) {
    BigDecimal parsed = NumberText.parse(vietnamese(value));
    assertThat(parsed).isEqualByComparingTo(value);
  }

  @Property(tries = 200)
  void leadingZerosDoNotChangeTheValue(@ForAll("smallCounts") int n) {
    assertThat(NumberText.parse("0" + n)).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  @Provide
  Arbitrary<Integer> smallCounts() {
    return Arbitraries.integers().between(1, 99);
  }

  /** A comparator phrase and what it means. */
  record Cue(String words, Comparator comparator) {}

  @Provide
  Arbitrary<Cue> cues() {
    return Arbitraries.of(List.of(new Cue("dưới", Comparator.LT), new Cue("xuống dưới", Comparator.LT),
        new Cue("không quá", Comparator.LE), new Cue("tối đa", Comparator.LE), new Cue("trên", Comparator.GT),
        new Cue("đạt trên", Comparator.GT), new Cue("tối thiểu", Comparator.GE), new Cue("ít nhất", Comparator.GE),
        new Cue("tối thiểu đạt trên", Comparator.GT), new Cue("khoảng", Comparator.APPROX), new Cue("đạt", Comparator.EQ),
        new Cue("", Comparator.EQ)));
  }

  /** Words without digits, as the text around a target might be. */
  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.of("tỉ lệ", "hộ gia đình", "của tỉnh", "phấn đấu", "bảo đảm", "trong đó", "các xã", "người dân",
        "đến cuối nhiệm kỳ", "được hưởng", "cơ bản", "toàn diện").list().ofMaxSize(6).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void aTargetExpressionReadsTheSameWhateverSurroundsIt(@ForAll("cues") Cue cue,
      @ForAll @BigRange(min = "0.1", max = "999") @Scale(1) BigDecimal value, @ForAll("prose") String before,
      @ForAll("prose") String after) {
    String expression = (cue.words().isEmpty() ? "" : cue.words() + " ") + vietnamese(value) + "%";
    String text = before + ", " + expression + " " + after;
    List<Mention> found = MentionFinder.find(text, 0, text.length());
    assertThat(found).hasSize(1);
    Mention m = found.get(0);
    assertThat(m.value()).isEqualByComparingTo(value);
    assertThat(m.comparator()).isEqualTo(cue.comparator());
    assertThat(m.unit()).isEqualTo(Mention.UnitKind.PERCENT);
    assertThat(text.substring(m.start(), m.end())).isEqualTo(expression);
  }

  @Property(tries = 150)
  void aTargetSentenceYieldsTheSameTargetInAnyPlan(@ForAll("prose") String before, @ForAll("prose") String after) throws Exception {
    String body = "II. MỤC TIÊU\n\n" + before + ". Tỷ lệ thất nghiệp khu vực thành thị dưới 2,35%; " + after + ".\n";
    SourceText text = Ingestor.create().read(("KẾ HOẠCH\n\n" + body).getBytes(StandardCharsets.UTF_8), "p.md");
    List<Target> targets = new TargetExtractor(Taxonomy.builtIn()).extract(text, SectionParser.parse(text));
    assertThat(targets).hasSize(1);
    Target t = targets.get(0);
    assertThat(t.indicator()).isEqualTo("unemployment_rate_urban");
    assertThat(t.comparator()).isEqualTo(Comparator.LT);
    assertThat(t.value()).isEqualByComparingTo("2.35");
  }

  @Provide
  Arbitrary<String> anything() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("0123456789.,%-/ ()đĐơưâêôăáàảãạ;:\n#*|<>").ofMaxLength(60),
        Arbitraries.of("II. MỤC TIÊU\n", "1. Chỉ tiêu đến năm 2030\n", "(1) ", "a) ", "**", "Nơi nhận:\n",
            "T/M BAN CHẤP HÀNH\n", "PHỤ LỤC I\n", "trên 10.000 dân", "khoảng", "từ 3 đến 5 tuổi", "m2 sàn/người"));
    return Combinators.combine(pieces.list().ofMaxSize(30), Arbitraries.just("")).as((l, e) -> String.join("", l));
  }

  @Property(tries = 400)
  void noInputMakesTheExtractorThrow(@ForAll("anything") String input) {
    SourceText text;
    try {
      text = Ingestor.create().read(input.getBytes(StandardCharsets.UTF_8), "fuzz.txt");
    } catch (IngestException e) {
      return; // empty or blank: refused with a reason, which is the expected way to fail
    }
    List<Target> targets = new TargetExtractor(Taxonomy.builtIn()).extract(text, SectionParser.parse(text));
    for (Target t : targets) {
      assertThat(t.valueText()).containsPattern("\\d");
      assertThat(t.start()).isBetween(0, text.text().length());
      assertThat(t.end()).isBetween(t.start(), text.text().length());
    }
  }
}
