package io.nqx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules must mean the same on every JDK from 17. A regex {@code \b} does not: up to JDK 18 it is a boundary
 * between a letter or digit and anything else, from JDK 19 one between [a-zA-Z0-9_] and anything else
 * (JDK-8264160), so "căn hộ\b" stopped matching before a space ("ộ" is no ASCII word char) and "74.900 căn hộ"
 * read its unit as "căn". The rules write the boundary they mean, {@code (?![\p{L}\d])} and
 * {@code (?<![\p{L}\d])}; this keeps a {@code \b} from coming back in any main source.
 */
class WordBoundaryPortabilityTest {
  @Test
  void noMainSourceWritesARegexWordBoundary() throws IOException {
    Path main = Path.of("src/main/java");
    assertThat(main).isDirectory();
    List<String> found = new ArrayList<>();
    Pattern boundary = Pattern.compile("\\\\\\\\[bB]"); // \\b or \\B inside a Java string literal
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (boundary.matcher(lines.get(i)).find()) {
            found.add(main.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found).as("regex word boundaries, whose meaning changed in JDK 19").isEmpty();
  }

  @Test
  void theSpelledOutBoundaryHoldsAfterVietnameseLettersOnThisJdk() {
    // what the rules rely on, checked on whichever JDK runs the tests
    Pattern dwelling = Pattern.compile("căn(?:\\s+hộ)?(?![\\p{L}\\d])");
    assertThat(matched(dwelling, "căn hộ nhà ở")).isEqualTo("căn hộ");
    assertThat(matched(dwelling, "căn hộ.")).isEqualTo("căn hộ");
    assertThat(matched(dwelling, "căn nhà")).isEqualTo("căn");
    Pattern start = Pattern.compile("(?<![\\p{L}\\d])từ");
    assertThat(start.matcher("tăng từ 5").find()).isTrue();
    assertThat(start.matcher("ưtừ").find()).isFalse();
  }

  private static String matched(Pattern p, String text) {
    var m = p.matcher(text);
    return m.lookingAt() ? m.group() : null;
  }
}
