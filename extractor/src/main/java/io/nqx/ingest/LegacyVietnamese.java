package io.nqx.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Vietnamese written before Unicode in TCVN3 (ABC, the ".VnTime" fonts): a plain text file in that byte
 * encoding, or a Word file whose runs in those fonts Tika reads as Latin-1 ("Ch­¬ng tr×nh"). The table is
 * TCVN 5712:1993 as the GNU C Library publishes it (localedata/charmaps/TCVN5712-1), in {@code tcvn3.txt}.
 * Which reading is right is decided by how many common Vietnamese words each one gives.
 */
final class LegacyVietnamese {
  private LegacyVietnamese() {}

  /** The name reported as the document's charset when TCVN3 was converted. */
  static final String TCVN3 = "TCVN3";

  private static final char[] TCVN3_TABLE = load();
  /**
   * Common Vietnamese words, lower case. A word counts where a whole run of letters is one of them; looked up
   * in a set rather than matched by one case-insensitive alternation, which cost three regex passes over every
   * document's text and was the largest single cost of a batch.
   */
  private static final Set<String> COMMON_WORDS = Set.of("của", "và", "các", "được", "trong", "người", "những",
      "với", "phát", "triển", "xã", "hội", "có", "không", "thực", "hiện", "đến", "năm", "tỉnh", "chính", "sách",
      "nhân", "dân", "công", "tác", "để", "này", "theo", "về", "tế", "nghèo", "lao", "động", "chỉ", "tiêu");
  private static final int LONGEST_WORD = COMMON_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private static char[] load() {
    char[] table = new char[256];
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LegacyVietnamese.class.getResourceAsStream("tcvn3.txt"), StandardCharsets.US_ASCII))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(" ", 3);
        table[Integer.parseInt(f[0], 16)] = (char) Integer.parseInt(f[1], 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** TCVN3 bytes as text. */
  static String decodeTcvn3(byte[] bytes) {
    char[] out = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      out[i] = TCVN3_TABLE[bytes[i] & 0xFF];
    }
    return new String(out);
  }

  /** Text whose characters U+0080..U+00FF are TCVN3 bytes read as Latin-1, read as TCVN3; one char for one. */
  static String reinterpretTcvn3(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 0x80 && out[i] <= 0xFF) {
        out[i] = TCVN3_TABLE[out[i]];
      }
    }
    return new String(out);
  }

  /** The TCVN3 bytes of a text (the reverse table), for tests and tools; '?' where TCVN3 has no byte. */
  static byte[] encodeTcvn3(String text) {
    byte[] out = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      byte b = '?';
      for (int k = 0; k < 256; k++) {
        if (TCVN3_TABLE[k] == c) {
          b = (byte) k;
          break;
        }
      }
      out[i] = b;
    }
    return out;
  }

  /** How many common Vietnamese words the text holds: the higher, the likelier the reading is right. */
  static int score(String text) {
    int end = Math.min(text.length(), 200_000);
    char[] word = new char[LONGEST_WORD];
    int n = 0;
    int i = 0;
    while (i < end) {
      int start = i;
      while (i < end && Character.isLetter(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int length = i - start;
      if (length > 0 && length <= LONGEST_WORD) {
        for (int k = 0; k < length; k++) {
          word[k] = Character.toLowerCase(text.charAt(start + k));
        }
        if (COMMON_WORDS.contains(new String(word, 0, length))) {
          n++;
        }
      }
      if (length == 0) {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    return n;
  }

  /**
   * Which legacy encoding text a parser gave is in, or null: it has characters in U+0080..U+00FF (where the
   * font encodings put their letters) and one reading has clearly more Vietnamese words than the text.
   * Text with at least as many Vietnamese letters outside Latin-1 (ơ, ư, đ, ạ... or combining marks) as
   * inside is Unicode already: a font encoding read as Latin-1 has none of them, and Unicode Vietnamese has
   * about 2.5 for each Latin-1 one. Deciding that by counting spares scoring three readings of every document.
   */
  static String legacyEncoding(String text) {
    int latin1 = 0;
    int beyondLatin1 = 0;
    for (int i = 0; i < Math.min(text.length(), 200_000); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0xFF) {
        latin1++;
      } else if (isVietnameseBeyondLatin1(c)) {
        beyondLatin1++;
      }
    }
    if (latin1 == 0 || beyondLatin1 >= latin1) {
      return null;
    }
    String sample = text.length() > 200_000 ? text.substring(0, 200_000) : text;
    int as = score(sample);
    int tcvn3 = score(reinterpretTcvn3(sample));
    int vni = score(VniDecoder.decode(sample));
    if (Math.max(tcvn3, vni) <= 2 * as + 2) {
      return null;
    }
    return tcvn3 >= vni ? TCVN3 : VniDecoder.VNI;
  }

  /** ă đ ĩ ũ ơ ư (Latin Extended-A/B), ạ..ỹ (Latin Extended Additional), or a combining mark. */
  private static boolean isVietnameseBeyondLatin1(char c) {
    return (c >= 0x0100 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x0300 && c <= 0x036F);
  }

  /** Text a parser gave, and the legacy encoding it was converted from (null when none was). */
  record Recoded(RawText raw, String encoding) {}

  /**
   * Runs in the ".VnTime" (TCVN3) or "VNI-Times" fonts reach nqx as Latin-1 letters: reads them as what they
   * are. VNI writes one letter as two characters, so the lines stay but columns count the converted text.
   */
  static Recoded recode(RawText raw) {
    String legacy = legacyEncoding(raw.text());
    if (TCVN3.equals(legacy)) {
      return new Recoded(raw.withText(reinterpretTcvn3(raw.text())), legacy); // one character for one
    }
    if (VniDecoder.VNI.equals(legacy)) {
      // Two characters make one letter: the tables' raw offsets no longer hold, so their cells are read as text.
      return new Recoded(new RawText(VniDecoder.decode(raw.text()), raw.pageStartLines(), raw.softBreaks()), legacy);
    }
    return new Recoded(raw, null);
  }
}
