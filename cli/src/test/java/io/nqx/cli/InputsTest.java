package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void aFileNameIsTheLastPartOfTheNameAsWritten() {
    assertThat(Inputs.fileName("corpus/documents/000_6073a5326847a1f8.txt")).isEqualTo("000_6073a5326847a1f8.txt");
    assertThat(Inputs.fileName("/tmp/vn/Kế hoạch.txt")).isEqualTo("Kế hoạch.txt");
    assertThat(Inputs.fileName("Kế hoạch.txt")).isEqualTo("Kế hoạch.txt");
    assertThat(Inputs.fileName("dir/sub/")).isEqualTo("sub");
    assertThat(Inputs.fileName("-")).isEqualTo("-");
    assertThat(Inputs.fileName("/")).isEqualTo("/");
    // what Path.of cannot take under an ASCII locale: the chars the JVM decoded the bytes into
    assertThat(Inputs.fileName("/tmp/K\uFFFD\uFFFD ho\uFFFDch.txt")).isEqualTo("K\uFFFD\uFFFD ho\uFFFDch.txt");
    for (String name : new String[] {"a/b.txt", "/x/y/z.docx", "b.txt", "a/b/"}) {
      assertThat(Inputs.fileName(name)).isEqualTo(Path.of(name).getFileName().toString());
    }
  }

  @Test
  void anArgumentWithoutAFileNameFailsAloneWhenRead() {
    Inputs.Input input = new Inputs.Input("K\uFFFD.txt", null, "not a file name in this system's character set (X)");
    assertThat(input.isStdin()).isFalse();
    IngestException e = Assertions.catchThrowableOfType(() -> input.read(Ingestor.builder().build()), IngestException.class);
    assertThat(e.source()).isEqualTo("K\uFFFD.txt");
    assertThat(e.reason()).isEqualTo(IngestException.Reason.UNREADABLE);
    assertThat(e.getMessage()).isEqualTo("not a file name in this system's character set (X)");
  }
}
