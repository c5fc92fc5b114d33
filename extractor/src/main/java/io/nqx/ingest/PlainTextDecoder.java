package io.nqx.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes plain text (.txt, .md). A byte-order mark decides when there is one; otherwise text that is valid
 * UTF-8 is UTF-8, and anything else is Windows-1258 (the code page Vietnamese Windows wrote before Unicode;
 * it stores tones as combining marks, which normalization composes), TCVN3 or VNI, whichever gives more
 * Vietnamese words.
 *
 * <p>A general charset guesser is not used on purpose: for a Vietnamese document it picks Windows-1252 or
 * ISO-8859-1, which decode without error and silently produce the wrong letters.
 */
final class PlainTextDecoder {
  private PlainTextDecoder() {}

  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  /** Decoded text and the name of the charset that decoded it. */
  record Decoded(String text, String charset) {}

  static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    // The String constructor decodes UTF-8 several times faster than a reporting decoder; it replaces bad
    // bytes with U+FFFD, so only text holding one (bad bytes, or a U+FFFD written as such) is decoded again
    // strictly to tell which.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, "UTF-8");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new Decoded(text, "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      // A legacy 8-bit file: Windows-1258, TCVN3 or VNI, whichever reads as more Vietnamese words.
      String cp1258 = new String(bytes, WINDOWS_1258);
      String tcvn3 = LegacyVietnamese.decodeTcvn3(bytes);
      String vni = VniDecoder.decode(new String(bytes, StandardCharsets.ISO_8859_1));
      int scoreCp1258 = LegacyVietnamese.score(cp1258);
      int scoreTcvn3 = LegacyVietnamese.score(tcvn3);
      int scoreVni = LegacyVietnamese.score(vni);
      if (scoreVni > scoreCp1258 && scoreVni > scoreTcvn3) {
        return new Decoded(vni, VniDecoder.VNI);
      }
      return scoreTcvn3 > scoreCp1258
          ? new Decoded(tcvn3, LegacyVietnamese.TCVN3)
          : new Decoded(cp1258, WINDOWS_1258.name());
    }
  }

  /**
   * Whether bytes that Tika's detector could not place are still plain text: no NUL byte and almost no
   * control characters in the first 64 KiB. Tika calls text binary when over a tenth of its bytes are
   * beyond ASCII, and Vietnamese in Windows-1258 has more than that (every toned vowel is one or two such bytes).
   */
  static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, 1 << 16);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return false;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
        controls++;
      }
    }
    return n > 0 && controls * 100 <= n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
