package io.nqx.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnicodeCleanupTest {
  /** A line of {@code text}, bold where {@code mask} has a '*', each character from its own offset. */
  private static MappedLine line(String text, String mask) {
    MappedLine line = new MappedLine(text.length());
    for (int i = 0; i < text.length(); i++) {
      line.append(text.charAt(i), 100 + i, mask.charAt(i) == '*');
    }
    return line;
  }

  /** The same line behind a zero-width space, which {@code spaces} drops after copying every character. */
  private static MappedLine copied(MappedLine in) {
    MappedLine out = new MappedLine(in.length() + 1);
    out.append('\u200B', 99, false);
    out.append(in, 0, in.length());
    return UnicodeCleanup.spaces(out);
  }

  @Test
  void aCleanLineComesBackAsItIsAndEqualToACopiedOne() {
    String[][] cases = {
        {"Tỷ lệ hộ nghèo giảm 1%/năm.", "                           "},
        {"II. MỤC TIÊU", "************"},
        {"MỤC TIÊU chung", "********      "},   // a bold space before plain text: not clean, loses its bold
        {"a  b", "    "},                        // two spaces: collapsed
        {" a", "  "}, {"a ", "  "}, {"", ""},
        {"x\u00A0y", "   "}, {"x\ty", "   "}, {"x\u00ADy", "   "},
    };
    for (String[] c : cases) {
      MappedLine in = line(c[0], c[1]);
      MappedLine fast = UnicodeCleanup.spaces(in);
      MappedLine slow = copied(in);
      assertThat(fast.toString()).as(c[0]).isEqualTo(slow.toString());
      for (int i = 0; i < fast.length(); i++) {
        assertThat(fast.sourceAt(i)).as("%s source %d", c[0], i).isEqualTo(slow.sourceAt(i));
        assertThat(fast.boldAt(i)).as("%s bold %d", c[0], i).isEqualTo(slow.boldAt(i));
      }
    }
    MappedLine clean = line("Tỷ lệ hộ nghèo", "              ");
    assertThat(UnicodeCleanup.spaces(clean)).isSameAs(clean);
  }
}
