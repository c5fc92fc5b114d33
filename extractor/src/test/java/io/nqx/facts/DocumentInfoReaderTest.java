package io.nqx.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import io.nqx.pipeline.StandardPipeline;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentInfoReaderTest {
  private static DocumentInfo read(String doc) throws Exception {
    SourceText text = Ingestor.create().read(doc.getBytes(StandardCharsets.UTF_8), "x.md");
    return StandardPipeline.create().run(text, Set.of(DocumentInfo.LAYER)).get(DocumentInfo.LAYER);
  }

  @Test
  void theFrontAndBackMatterSayWhatTheDocumentIs() throws Exception {
    DocumentInfo info = read("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 87/KH-UBND\n\nAn Giang, ngày 5 tháng 3 năm 2025\n\n"
        + "KẾ HOẠCH\nthực hiện Chương trình hành động\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n\nNơi nhận:\n- Lưu: VT.\n\n"
        + "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Bình\n");
    assertThat(info.province()).isEqualTo("An Giang");
    assertThat(info.docType()).isEqualTo("ke_hoach");
    assertThat(info.number()).isEqualTo("87/KH-UBND");
    assertThat(info.date()).isEqualTo("2025-03-05");
    assertThat(info.place()).isEqualTo("An Giang");
    assertThat(info.issuer()).isEqualTo("ỦY BAN NHÂN DÂN");
    assertThat(info.title()).isEqualTo("KẾ HOẠCH thực hiện Chương trình hành động");
  }

  @Test
  void aDraftWithBlanksAndNoPlaceLineFallsBackOnTheText() throws Exception {
    DocumentInfo info = read("Số      -CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n\nI. QUAN ĐIỂM\n\nPhát triển tỉnh Sơn La, "
        + "tỉnh Sơn La và vùng Tây Bắc; hợp tác với tỉnh Điện Biên.\n");
    assertThat(info.province()).isEqualTo("Sơn La");
    assertThat(info.docType()).isEqualTo("chuong_trinh_hanh_dong");
    assertThat(info.number()).isNull();
    assertThat(info.date()).isNull();
  }
}
