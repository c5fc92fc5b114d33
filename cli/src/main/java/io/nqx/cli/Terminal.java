package io.nqx.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error as UTF-8 writers, whatever the platform's default encoding: Vietnamese text
 * must reach a pipe intact even under a C locale.
 */
final class Terminal {
  private Terminal() {}

  static PrintWriter stdout() {
    return new PrintWriter(new OutputStreamWriter(
        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8));
  }

  static PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
  }
}
