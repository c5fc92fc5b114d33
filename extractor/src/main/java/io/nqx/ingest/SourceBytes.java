package io.nqx.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads a document's bytes under a size limit, refusing an oversized file before reading it, and says why a
 * file cannot be read in words a user can act on ("no such file", "permission denied").
 */
final class SourceBytes {
  private SourceBytes() {}

  static byte[] load(Path path, long maxBytes) throws IngestException {
    String source = path.toString();
    if (Files.isDirectory(path)) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "is a directory");
    }
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooLarge(source, size, maxBytes);
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** A whole stream, reading at most one byte past the limit to know it was exceeded. */
  static byte[] load(InputStream in, String source, long maxBytes) throws IngestException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(source, -1, maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new IngestException(source, IngestException.Reason.UNREADABLE, "cannot read: " + e.getMessage(), e);
    }
  }

  /** The message names the limit, not how a front end lets a user raise it. */
  private static IngestException tooLarge(String source, long size, long maxBytes) {
    String actual = size < 0 ? "more than " + megabytes(maxBytes) : megabytes(size);
    return new IngestException(source, IngestException.Reason.TOO_LARGE,
        "too large: " + actual + ", over the limit of " + megabytes(maxBytes));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
  }
}
