package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  @Test
  void aCompleteWriteReplacesTheFile() throws Exception {
    Path target = dir.resolve("targets.csv");
    Files.writeString(target, "old");
    AtomicOutput.write(target, out -> out.print("new, complete"));
    assertThat(target).hasContent("new, complete");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoTemporary() throws Exception {
    Path target = dir.resolve("targets.csv");
    Files.writeString(target, "previous good output");
    assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
      out.print("half of the new ");
      throw new IOException("interrupted");
    })).hasMessage("interrupted");
    assertThat(target).hasContent("previous good output");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void missingDirectoriesAreCreated() throws Exception {
    Path target = dir.resolve("a/b/out.json");
    AtomicOutput.write(target, out -> out.print("[]"));
    assertThat(target).hasContent("[]");
  }

  @Test
  void theOutputGetsTheModeAnyNewFileGetsNotThePrivateModeOfATemporary() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path target = dir.resolve("targets.csv");
    AtomicOutput.write(target, out -> out.print("x"));
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void aTemporaryNameLeftByAnotherRunIsSkipped() throws Exception {
    Path target = dir.resolve("targets.csv");
    long pid = ProcessHandle.current().pid();
    for (int n = 0; n < 200; n++) {
      Files.writeString(dir.resolve(".targets.csv." + pid + "." + n + ".tmp"), "stale");
    }
    AtomicOutput.write(target, out -> out.print("fresh"));
    assertThat(target).hasContent("fresh");
  }
}
