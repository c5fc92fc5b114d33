package io.nqx.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file so that it is either the old file or the whole new one: into a temporary file in
 * the same directory, then renamed over the target. An interrupted run never leaves half a file behind.
 */
final class AtomicOutput {
  private AtomicOutput() {}

  /** What writes the content. */
  interface Content {
    void write(PrintWriter out) throws IOException, InterruptedException;
  }

  static void write(Path target, Content content) throws IOException, InterruptedException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp);
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
          PrintWriter out = new PrintWriter(w)) {
        content.write(out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("cannot write " + tmp);
        }
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
