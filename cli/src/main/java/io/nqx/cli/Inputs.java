package io.nqx.cli;

import io.nqx.ingest.Ingestor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into the documents to read: a file as given, {@code -} for standard input,
 * and a directory as every file under it with a supported extension, sorted by path so output order never
 * depends on the file system.
 */
final class Inputs {
  private Inputs() {}

  /** One document to read: a path, or standard input when {@code path} is null. */
  record Input(String name, Path path) {
    static Input stdin() {
      return new Input("-", null);
    }

    boolean isStdin() {
      return path == null;
    }
  }

  static List<Input> resolve(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        inputs.addAll(walk(path));
      } else {
        inputs.add(new Input(arg, path));
      }
    }
    return inputs;
  }

  private static List<Input> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(Inputs::hasSupportedExtension)
          .sorted()
          .map(p -> new Input(p.toString(), p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean hasSupportedExtension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && Ingestor.supportedExtensions().contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  static InputStream stdinStream() {
    return System.in;
  }
}
