package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PrefilteredTest {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** What find() gives: start, end and groups of each match. */
  private static List<String> find(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> prefiltered(Prefiltered p, String text) {
    return p.findAll(text, Prefiltered.lower(text)).stream().map(PrefilteredTest::describe).toList();
  }

  private static String describe(MatchResult m) {
    StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
    for (int g = 1; g <= m.groupCount(); g++) {
      s.append('|').append(m.group(g));
    }
    return s.toString();
  }

  @Test
  void caseInsensitiveWordsWithALookBehindMatchAsFindDoes() {
    Pattern p = Pattern.compile("(?<![\\p{L}])(nghị quyết|kế hoạch)\\s+(?:số\\s+)?(\\d+-[A-ZĐ]+/[A-ZĐ]+)", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("nghị quyết", "kế hoạch"));
    String text = "Thực hiện Nghị quyết số 42-NQ/TW và KẾ HOẠCH 19-KH/TU; tiếp nghị quyết 05-nq/tu, "
        + "xnghị quyết 7-NQ/TW (trong một từ), Kế hoạch chưa có số.";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text))
        .containsExactly("10-32|Nghị quyết|42-NQ/TW", "36-53|KẾ HOẠCH|19-KH/TU", "60-79|nghị quyết|05-nq/tu");
  }

  @Test
  void aCaseSensitivePatternKeepsItsCase() {
    Pattern p = Pattern.compile("(?<![\\p{L}])(Luật|LUẬT)((?:\\s+[\\p{L}]+){1,4}?)\\s+số\\s+(\\d+/\\d{4}/QH\\d+)");
    Prefiltered f = Prefiltered.atWords(p, List.of("luật"));
    String text = "theo quy định của pháp luật số 5/2020/QH14; Luật Đầu tư công số 58/2024/QH15 và LUẬT Đất đai số "
        + "31/2024/QH15";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text)).hasSize(2);
  }

  @Test
  void overlappingCandidatesTakeTheFirstMatchAndGoOnAfterIt() {
    // "kế hoạch kế hoạch 5": find takes the first start that matches and resumes at its end
    Pattern p = Pattern.compile("kế hoạch(?:\\s+kế hoạch)?\\s+\\d", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("kế hoạch"));
    String text = "Kế hoạch kế hoạch 5, kế hoạch 6 và kế hoạchkế hoạch 7";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text)).containsExactly("0-19", "21-31", "43-53");
  }

  @Test
  void digitsAsCandidatesWithLookArounds() {
    Pattern p = Pattern.compile("(?<![\\p{L}\\d/-])(\\d{1,5}(?:[-/][A-ZĐ][A-ZĐa-z0-9]*)+)(?![\\p{L}\\d/-])");
    Prefiltered f = Prefiltered.atDigits(p);
    String text = "Số 165/KH-UBND, x12-NQ/TW, 2629/QĐ-TTg và 5G; 73/2024/NĐ-CP cuối";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text));
    assertThat(prefiltered(f, text)).first().isEqualTo("3-14|165/KH-UBND");
  }

  @Test
  void aLookAheadAtTheEndSeesPastTheCandidate() {
    Pattern p = Pattern.compile("quý\\s+(IV|I{1,3})(?![\\p{L}])", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("quý"));
    String text = "Quý IV, quý IIa, QUÝ II";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text)).containsExactly("0-6|IV", "17-23|II");
  }

  @Test
  void randomTextsAgreeWithFind() {
    Pattern p = Pattern.compile("(?<![\\p{L}])(?:chỉ thị|chương trình|ct)\\s+(?:số\\s+)?(\\d{1,3})(?![\\d%])", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("chỉ thị", "chương trình", "ct"));
    String[] pieces = {"Chỉ thị", "CHƯƠNG TRÌNH", "ct", "số", " ", "  ", "12", "5%", "x", "chỉ", "thị", "9", ",", "İ",
        "\u0345", "ǅ", "ế"};
    Random random = new Random(20261202L);
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < 30; k++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      assertThat(prefiltered(f, text)).as(text).isEqualTo(find(p, text));
    }
  }

  @Test
  void lowerKeepsOffsets() {
    // String.toLowerCase turns "İ" into two chars; the char by char lower case keeps the text's length
    assertThat("İ Đề Án".toLowerCase(java.util.Locale.ROOT)).hasSize(8);
    assertThat(Prefiltered.lower("İ Đề Án")).isEqualTo("i đề án").hasSize(7);
  }

  @Test
  void aWordWithAShorterOneAsPrefixIsDroppedAndEmptyWordsRefused() {
    Pattern p = Pattern.compile("(chương trình hành động|chương trình)\\s+(\\d+)", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("chương trình hành động", "Chương trình"));
    String text = "Chương trình hành động 12 và chương trình 3";
    assertThat(prefiltered(f, text)).isEqualTo(find(p, text)).hasSize(2);
    assertThatThrownBy(() -> Prefiltered.atWords(p, List.of(""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.findAll(text, "short")).isInstanceOf(IllegalArgumentException.class);
  }

  /** What find() gives over a region (opaque, anchoring bounds), offsets in the text. */
  private static List<String> find(Pattern p, String text, int from, int to) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text).region(from, to);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  @Test
  void aRegionSeesNothingOutsideItAsARegionOfFindDoes() {
    // the look-behind may not see "x" before the region, $ holds at its end, the look-ahead stops there
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])(?=[\\dtđ])(?:trước|đến)?\\s*(\\d{1,2})/(\\d{4})(?![\\d/])|tháng\\s+\\d+$", CI);
    Prefiltered f = Prefiltered.atDigitsOrWords(p, List.of("trước", "đến", "tháng"));
    String text = "xtrước 6/2025 và Đến 12/2026; hoàn thành 3/20271 vào tháng 7";
    String lower = Prefiltered.lower(text);
    for (int[] r : new int[][] {{0, text.length()}, {1, text.length()}, {1, 13}, {2, 12}, {17, 29}, {30, text.length() - 2},
        {text.length(), text.length()}}) {
      assertThat(f.findAll(text, lower, r[0], r[1]).stream().map(PrefilteredTest::describe).toList())
          .as("region %d-%d", r[0], r[1]).isEqualTo(find(p, text, r[0], r[1]));
    }
    assertThat(f.findAll(text, lower, 1, 13).stream().map(PrefilteredTest::describe).toList())
        .containsExactly("1-13|6|2025");
    // "xtrước": inside a word, so the date alone; from offset 1 the region starts with "trước"
    assertThat(f.findAll(text, lower, 0, 13).stream().map(PrefilteredTest::describe).toList())
        .containsExactly("7-13|6|2025");
  }

  @Test
  void randomRegionsAgreeWithFind() {
    Pattern p = Pattern.compile("(?<![\\p{L}\\d])(?=[\\dhq])(?:hạn\\s+)?(?:quý\\s+(IV|I{1,3})|(\\d{1,2})/(\\d{1,2}))(?![\\p{L}\\d])", CI);
    Prefiltered f = Prefiltered.atDigitsOrWords(p, List.of("hạn", "quý"));
    String[] pieces = {"Quý", "quý", "HẠN", " ", "II", "IV", "12", "/", "3", "x", "a", ".", "Ş", "ư", "\u0345"};
    Random random = new Random(7L);
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = 0; k < 25; k++) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      int from = random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      assertThat(f.findAll(text, Prefiltered.lower(text), from, to).stream().map(PrefilteredTest::describe).toList())
          .as("%s [%d, %d)", text, from, to).isEqualTo(find(p, text, from, to));
    }
  }

  @Test
  void firstIsFindsFirstMatch() {
    Pattern p = Pattern.compile("\\b(?:xây dựng|ban hành)\\s+(kế hoạch|đề án)", CI);
    Prefiltered f = Prefiltered.atWords(p, List.of("xây dựng", "ban hành"));
    String text = "Sở Y tế xây dựng đề án; BAN HÀNH KẾ HOẠCH";
    assertThat(f.first(text, Prefiltered.lower(text)).group(1)).isEqualTo("đề án");
    assertThat(f.first("không có", "không có")).isNull();
  }

  @Test
  void aLeadingLookBehindThatRefusesALetterIsToldApart() {
    assertThat(refuses("(?<![\\p{L}])(chỉ thị|kế hoạch)\\s+\\d")).isTrue();
    assertThat(refuses("(?<![\\p{L}\\d/-])(\\d{1,5}(?:[-/][A-ZĐ]+)+)(?![\\p{L}\\d/-])")).isTrue();
    assertThat(refuses("(?<![\\p{L}\\d])(?=[\\dhq])(?:hạn\\s+)?(?:quý\\s+(IV|I)|(\\d)/(\\d))")).isTrue();
    assertThat(refuses("(?<![\\p{L}])a[|)(]b\\|c\\(d")).isTrue(); // bars and parentheses in a class or escaped
    // an alternative without the look-behind may begin anywhere
    assertThat(refuses("(?<![\\p{L}\\d])\\d{1,2}/\\d{4}|tháng\\s+\\d")).isFalse();
    assertThat(refuses("(?<![\\p{L}])(?:a)|b")).isFalse();
    assertThat(refuses("(?<![\\d])x")).isFalse(); // letters may come before
    assertThat(refuses("(?<![^\\p{L}])x")).isFalse(); // only letters may
    assertThat(refuses("(?<![\\p{L}&&[^a]])x")).isFalse();
    assertThat(refuses("(?<![\\p{L}])\\Q|\\Ex")).isFalse();
    assertThat(refuses("x(?<![\\p{L}])")).isFalse();
    assertThat(Prefiltered.refusesALetterBefore(Pattern.compile("(?<![\\p{L}])a # b", Pattern.COMMENTS))).isFalse();
  }

  private static boolean refuses(String regex) {
    return Prefiltered.refusesALetterBefore(Pattern.compile(regex, CI));
  }

  @Test
  void aCharWhoseLowerCaseIsALetterIsALetter() {
    // candidates are told from the lower-case text; skipping one after a letter there must mean after one in the text
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Character.isLetter(Character.toLowerCase(c))) {
        assertThat(Character.isLetter(c)).as("U+%04X", i).isTrue();
      }
    }
  }
}
