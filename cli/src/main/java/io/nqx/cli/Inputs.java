package io.nqx.cli;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.ingest.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
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

  /**
   * One document to read: a path, standard input when {@code path} is null, or an argument that names no path
   * on this system ({@code unnamable} says why), which fails alone when it is read.
   */
  record Input(String name, Path path, String unnamable) {
    Input(String name, Path path) {
      this(name, path, null);
    }

    static Input stdin() {
      return new Input("-", null);
    }

    boolean isStdin() {
      return path == null && unnamable == null;
    }

    /** Reads and normalizes this input with {@code ingestor}. */
    SourceText read(Ingestor ingestor) throws IngestException {
      named();
      return isStdin() ? ingestor.read(stdinStream(), name) : ingestor.read(path);
    }

    /** The text of this input as its format's parser gave it ({@code nqx text --raw}). */
    String readRaw(Ingestor ingestor) throws IngestException {
      named();
      return isStdin() ? ingestor.readRaw(stdinStream(), name) : ingestor.readRaw(path);
    }

    private void named() throws IngestException {
      if (unnamable != null) {
        throw new IngestException(name, IngestException.Reason.UNREADABLE, unnamable, null);
      }
    }
  }

  /**
   * The documents the arguments name, sorted by path: files as given, {@code -}, and in each directory the
   * files whose name or path below the directory matches an include glob (default: a supported extension)
   * and no exclude glob.
   */
  static List<Input> resolve(List<String> args, List<String> include, List<String> exclude) {
    List<PathMatcher> includes = matchers(include);
    List<PathMatcher> excludes = matchers(exclude);
    List<Input> inputs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(arg);
      } catch (InvalidPathException e) {
        // The JVM turns an argument into a file name in the locale's character set: under the C locale (cron,
        // a bare container) that is ASCII, and "Kế hoạch.txt" has no name there. bin/nqx asks for UTF-8.
        inputs.add(new Input(arg, null, "not a file name in this system's character set ("
            + System.getProperty("sun.jnu.encoding", "unknown") + "); run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8"));
        continue;
      }
      if (Files.isDirectory(path)) {
        inputs.addAll(walk(path, includes, excludes));
      } else {
        inputs.add(new Input(arg, path));
      }
    }
    inputs.sort(Comparator.comparing(Input::name));
    return inputs;
  }

  /**
   * The last part of an input's name ("corpus/000.txt" -> "000.txt"), read from the string: {@code
   * Path.of(name)} throws for a name the locale's character set cannot hold, which a listed file may have.
   */
  static String fileName(String name) {
    String n = name;
    while (n.length() > 1 && isSeparator(n.charAt(n.length() - 1))) {
      n = n.substring(0, n.length() - 1);
    }
    int cut = n.length() - 1;
    while (cut >= 0 && !isSeparator(n.charAt(cut))) {
      cut--;
    }
    return cut + 1 < n.length() ? n.substring(cut + 1) : n; // "/" stays "/"
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == java.io.File.separatorChar;
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String glob : globs == null ? List.<String>of() : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return out;
  }

  private static List<Input> walk(Path dir, List<PathMatcher> includes, List<PathMatcher> excludes) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> includes.isEmpty() ? hasSupportedExtension(p) : matchesAny(includes, dir, p))
          .filter(p -> !matchesAny(excludes, dir, p))
          .sorted()
          .map(p -> new Input(p.toString(), p))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static boolean matchesAny(List<PathMatcher> matchers, Path dir, Path file) {
    Path relative = dir.relativize(file);
    for (PathMatcher m : matchers) {
      if (m.matches(file.getFileName()) || m.matches(relative)) {
        return true;
      }
    }
    return false;
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
