package io.nqx.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.Range;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> sentences(String text) {
    return SentenceSplitter.sentences(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
  }

  private static List<String> clauses(String text) {
    return SentenceSplitter.clauses(text, 0, text.length()).stream().map(r -> text.substring(r.start(), r.end()))
        .toList();
  }

  @Test
  void aSentenceEndsAtAStopBeforeACapitalOrTheEnd() {
    assertThat(sentences("Tỷ lệ hộ nghèo giảm 1,5%/năm. Tỉ lệ thất nghiệp dưới 2%."))
        .containsExactly("Tỷ lệ hộ nghèo giảm 1,5%/năm.", " Tỉ lệ thất nghiệp dưới 2%.");
    assertThat(sentences("Đạt chưa? (Năm 2030) đạt 90%! \"Mục tiêu\" là 95%"))
        .containsExactly("Đạt chưa?", " (Năm 2030) đạt 90%!", " \"Mục tiêu\" là 95%");
  }

  @Test
  void stopsInsideNumbersSymbolsAndBeforeLowerCaseDoNotEndASentence() {
    assertThat(sentences("Thực hiện Nghị quyết số 42-NQ/TW. đạt 2.5% và 1.500 hộ, v.v. các xã."))
        .containsExactly("Thực hiện Nghị quyết số 42-NQ/TW. đạt 2.5% và 1.500 hộ, v.v. các xã.");
    assertThat(sentences("Kết thúc.   ")).containsExactly("Kết thúc.", "   ");
  }

  @Test
  void clausesAreCutAtSemicolonsOutsideParentheses() {
    assertThat(clauses("tỷ lệ A đạt 90%; tỷ lệ B (trong đó: nữ 50%; nam 40%) đạt 80%;"))
        .containsExactly("tỷ lệ A đạt 90%", " tỷ lệ B (trong đó: nữ 50%; nam 40%) đạt 80%", "");
    assertThat(clauses("một ) lẻ; hai")).containsExactly("một ) lẻ", " hai");
    assertThat(SentenceSplitter.clauses("abc", 1, 1)).containsExactly(new Range(1, 1));
  }

  @Test
  void aNumberedLineIsCutFromWhereItsLabelEnds() throws Exception {
    String doc = "KẾ HOẠCH\n\nII. MỤC TIÊU\n\n(6) Bảo đảm 90%; đạt 80%.\n\na) Phấn đấu 70%.\n\nDòng thường 60%.\n";
    SourceText text = Ingestor.create().read(doc.getBytes(StandardCharsets.UTF_8), "p.md");
    Sentences sentences = StandardPipeline.create().run(text, Set.of(Sentences.LAYER)).get(Sentences.LAYER);
    assertThat(sentences.all()).extracting(s -> text.text().substring(s.start(), s.end()))
        .containsExactly("KẾ HOẠCH", "MỤC TIÊU", "Bảo đảm 90%; đạt 80%.", "Phấn đấu 70%.", "Dòng thường 60%.");
    Sentence sixth = sentences.all().get(2);
    assertThat(sixth.clauses()).extracting(r -> text.text().substring(r.start(), r.end()))
        .containsExactly("Bảo đảm 90%", " đạt 80%.");
    int at = text.text().indexOf("đạt 80%");
    assertThat(sentences.at(at)).isSameAs(sixth);
    assertThat(sentences.at(text.text().indexOf("(6)"))).isNull(); // the label belongs to no sentence
    assertThat(sentences.within(sixth.start(), text.text().length())).hasSize(3);
  }
}
