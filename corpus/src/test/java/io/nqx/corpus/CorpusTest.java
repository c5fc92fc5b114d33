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

  /** SHA-256 of the crawled files as the crawl holds them. */
  private static final Map<String, String> MIXED_SHA256 = Map.ofEntries(
      Map.entry("m01_a228c2c979b24a5b.txt", "b3d9799f3614caf5ed1f2e90401936b41c434075380b33598614c8195e006025"),
      Map.entry("m02_d851211c9f1b590e.txt", "ef4b643be4641bd37299b7b3886749a0552296c4ea9623cd4a1debc2d4f2de8a"),
      Map.entry("m03_5be267825b46d313.txt", "5081aaf7b39ebf453646fb826c1de976bf0d434b48e55b79b0168371fef2b33c"),
      Map.entry("m04_150d48a05ed57aa3.txt", "396d191f62111a301046454db65f86acca76ccbf7f450b03171d82dd68aac61c"),
      Map.entry("m05_315ae19536bd46e4.txt", "7156a88d4e9b4d94827e099d2c43b623c89a041a1f59f3612abf2d68c5836171"),
      Map.entry("m06_832399d0fd282e41.txt", "4f6c271cec09cd8fff8d94d2f28d1faab15dcc0a6f8fd4c7a591673ab250b097"),
      Map.entry("m07_51dc194e80f283cb.txt", "e85ecf49fa447421a02f7ad6ab085cbbb3346ff79595aa99ddc9a004fb021165"),
      Map.entry("m08_dc86ff8086c56ae9.txt", "ca4c36444e44f8a0410a58b30c0bacd504e2012e7e87fc9a11644604058c20d3"),
      Map.entry("m09_8e25c908e8d661db.txt", "7707b7417c3f6030590300ee579bddbf8a5cf392fae8dc8d3897b18b4c6e11a7"),
      Map.entry("m10_3b5c27862c2b1f6c.txt", "b7c68e3b25300584ac16949532a98d6bbb3b49ed6cf05865a97dd08fe4d619aa"),
      Map.entry("m11_2957e4f4f0e41373.txt", "ff65863cfb40bb1b90bf2752a644d570a6ccec65b2e14be9389876a762eee2a4"),
      Map.entry("m12_a1c209af8b511df7.txt", "3ba9315a49b4cef10bb7e847ecd9a6ae083f0f1f15dbd9717d588d6d1ecfa414"),
      Map.entry("m13_df328134d3a22301.txt", "05e15d9649f70a6908542b8cbc031e53e6d562211685e01a9d8468bf751d5503"),
      Map.entry("m14_509ab474025be1c5.txt", "16ef1401b71144726dfe1d4e56ac8d0b49b60c4dfcd38b5a802341d51576bedd"),
      Map.entry("m15_1248470b599958e3.txt", "d03e5b13430d322791c13e380b943b5f83df317c5e7781f371b541b863387ea9"),
      Map.entry("m16_fdd03b9d8a3f0346.txt", "6b857cad7e0bfe8312c4f9896540dd104d5be1f67cbcf737ce9d0725489e569c"),
      Map.entry("m17_0fed6d98b3fc642b.txt", "72ef2a94c3f81fb501e083f2c3cb37c2ccb0b0bd4f6c07b90200737f5542f10e"));

  @Test
  void theMixedCrawlFilesAreListedAndByteExact() throws Exception {
    assertThat(Corpus.mixed()).hasSize(17).extracting(CorpusDocument::file)
        .startsWith("m01_a228c2c979b24a5b.txt").endsWith("m17_0fed6d98b3fc642b.txt");
    for (CorpusDocument doc : Corpus.mixed()) {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(doc.bytes());
      assertThat(HexFormat.of().formatHex(hash)).as(doc.file()).isEqualTo(MIXED_SHA256.get(doc.file()));
    }
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
