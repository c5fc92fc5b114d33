package io.nqx.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

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

  private static final AtomicLong COUNTER = new AtomicLong();

  /**
   * A new empty file beside the target, named by process and a counter. Not Files.createTempFile: its random
   * names seed a SecureRandom (a tenth of the start-up of a one-file run), and it makes the file private
   * (0600), which the output then kept after the rename; this one gets the permissions any new file gets.
   */
  private static Path newTemporary(Path dir, Path target) throws IOException {
    String prefix = "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".";
    while (true) {
      Path tmp = dir.resolve(prefix + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        // Left by an earlier process with the same pid: try the next number.
      }
    }
  }

  /** The content to standard output (flushed) when target is null, else to the target atomically. */
  static void writeOrPrint(Path target, PrintWriter stdout, Content content) throws IOException, InterruptedException {
    if (target == null) {
      content.write(stdout);
      stdout.flush();
    } else {
      write(target, content);
    }
  }

  static void write(Path target, Content content) throws IOException, InterruptedException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = newTemporary(dir, target);
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
