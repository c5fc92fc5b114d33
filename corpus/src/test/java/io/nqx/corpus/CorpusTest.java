package io.nqx.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorpusTest {
  /** SHA-256 of the documents as published: the corpus must stay byte-exact. */
  private static final Map<String, String> SHA256 = Map.of(
      "000_6073a5326847a1f8.txt", "c7b93fafbd50930d19f30c19b502ac762c3835ca303d25ac5ae6e714787f022b",
      "001_a0faca7928c2b4ec.txt", "258d94d2fe3d1feb78c69338a16df38ebc2a9376bb5ebaefd0a2c88d0894f283",
      "002_a4c9a62cbd261bef.txt", "1ad78801733910fec4a005acb612812ebae4c71db0f0a3e21a481102514aa755",
      "004_1d5efa02c9893db8.txt", "0aee10a74d5c75f67a749baeb69e3219ad80d6d798cd2c9b08725ea5978ca3f8",
      "cantho_kh165_ubnd_2025_cong_tac_dan_so.txt", "e3032dbaf1a92cb15dec977bc7924b9cbac10811195c39a656f2816c4f02380d",
      "nq03_cp_2025_govt_action_programme_nq57.txt", "1b3d8efa57c03ffe8f55fac1dba0c2e9e9c34f816f2397ea1879f6e88bb03d7e",
      "nq57_tw_2024_politburo_web.txt", "74b2219be0ecde9e2c0b23e1640e09628069bc5514baeee1017c8813995be1d2",
      "qd2629_ttg_2025_chinh_phu_so_tvpl.txt", "9830143b6e0811ca4bea100a1aa191bb2228f741138c1117ffe5670afbd8e477");

  @Test
  void theAnnotatedDocumentsAreListedWithTheirManifestRows() {
    List<CorpusDocument> docs = Corpus.documents();
    assertThat(docs).extracting(CorpusDocument::id).containsExactly("000", "001", "002", "004");
    assertThat(docs).extracting(CorpusDocument::province)
        .containsExactly("Hà Giang", "Hậu Giang", "Bắc Giang", "Lào Cai");
    assertThat(docs).extracting(CorpusDocument::status).containsExactly("issued", "draft", "issued", "issued");
    assertThat(Corpus.document("002").docType()).isEqualTo("ke_hoach");
    assertThat(Corpus.document("004").projectPath()).isEqualTo("corpus/documents/004_1d5efa02c9893db8.txt");
  }

  @Test
  void theExtraDocumentsAreListed() {
    assertThat(Corpus.extra()).extracting(CorpusDocument::file).containsExactly(
        "cantho_kh165_ubnd_2025_cong_tac_dan_so.txt", "nq03_cp_2025_govt_action_programme_nq57.txt",
        "nq57_tw_2024_politburo_web.txt", "qd2629_ttg_2025_chinh_phu_so_tvpl.txt");
    assertThat(Corpus.extra().get(0).province()).isEqualTo("Cần Thơ");
  }

  @Test
  void everyDocumentIsByteExact() throws Exception {
    for (CorpusDocument doc : concat(Corpus.documents(), Corpus.extra())) {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(doc.bytes());
      assertThat(HexFormat.of().formatHex(digest)).as(doc.file()).isEqualTo(SHA256.get(doc.file()));
    }
  }

  @Test
  void textIsTheDocumentInUtf8() {
    assertThat(Corpus.document("004").text()).contains("(6) Bảo đảm vững chắc mức sinh thay thế");
  }

  @Test
  void anUnknownIdIsAnError() {
    assertThatThrownBy(() -> Corpus.document("003")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no corpus document 003");
  }

  private static List<CorpusDocument> concat(List<CorpusDocument> a, List<CorpusDocument> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
