package io.nqx.cli;

/**
 * A reason one input cannot be processed that is not about reading the document itself (its gold file is
 * malformed, say): reported like an unreadable file, one line naming the file, and the batch goes on.
 */
final class FileException extends Exception {
  private static final long serialVersionUID = 1L;

  FileException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
