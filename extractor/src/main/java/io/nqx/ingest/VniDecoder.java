package io.nqx.ingest;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * VNI-Windows, the other legacy Vietnamese font encoding: a letter is an ASCII base followed by a byte that
 * the "VNI-Times" fonts draw as its marks, so Latin-1 software shows "Chöông trình" for "Chương trình".
 * The mapping follows the VNI encoding as documented in the xvnkb keyboard's vni.h (Dao Hai Lam, 2002):
 * tones after a vowel are ù acute, ø grave, û hook, õ tilde, ï dot below; "â" after a, e, o is the
 * circumflex and á à å ã ä the circumflex with a tone; "ê" after a is the breve and é è ú ü ë the breve
 * with a tone; "ô" alone is ơ, "ö" is ư, "ñ" is đ, "î" is ỵ, and í ì æ ó ò are i with a tone. Capitals the
 * same in upper case.
 */
final class VniDecoder {
  private VniDecoder() {}

  /** The name reported as the document's charset when VNI was converted. */
  static final String VNI = "VNI";

  private static final String TONES = "\u0301\u0300\u0309\u0303\u0323"; // acute grave hook tilde dot
  private static final String TONE_BYTES = "ùøûõï";
  private static final String CIRCUMFLEX_TONE_BYTES = "áàåãä";
  private static final String BREVE_TONE_BYTES = "éèúüë";
  private static final String I_TONE_BYTES = "íìæóò";

  /** Two-character sequences (base + mark byte), and single mark bytes, to the letter they stand for. */
  private static final Map<String, Character> PAIRS = new HashMap<>();
  private static final Map<Character, Character> SINGLES = new HashMap<>();
  /** The characters that can end a pair (all below U+0100): text without them after a letter needs no lookup. */
  private static final boolean[] PAIR_SECOND = new boolean[0x100];

  static {
    for (boolean upper : new boolean[] {false, true}) {
      for (char base : "aeouy".toCharArray()) {
        for (int t = 0; t < 5; t++) {
          put(upper, base + "" + TONE_BYTES.charAt(t), base + TONES.substring(t, t + 1));
        }
      }
      for (char base : "aeo".toCharArray()) {
        put(upper, base + "â", base + "\u0302");
        for (int t = 0; t < 5; t++) {
          put(upper, base + "" + CIRCUMFLEX_TONE_BYTES.charAt(t), base + "\u0302" + TONES.charAt(t));
        }
      }
      put(upper, "aê", "a\u0306");
      for (int t = 0; t < 5; t++) {
        put(upper, "a" + BREVE_TONE_BYTES.charAt(t), "a\u0306" + TONES.charAt(t));
        put(upper, "ô" + TONE_BYTES.charAt(t), "o\u031B" + TONES.charAt(t));
        put(upper, "ö" + TONE_BYTES.charAt(t), "u\u031B" + TONES.charAt(t));
        single(upper, I_TONE_BYTES.charAt(t), "i" + TONES.charAt(t));
      }
      single(upper, 'ô', "o\u031B");
      single(upper, 'ö', "u\u031B");
      single(upper, 'ñ', "đ");
      single(upper, 'î', "y\u0323");
    }
    PAIRS.keySet().forEach(pair -> PAIR_SECOND[pair.charAt(1)] = true);
  }

  private static void put(boolean upper, String vni, String decomposed) {
    String key = upper ? vni.toUpperCase(Locale.ROOT) : vni;
    String value = Normalizer.normalize(upper ? decomposed.toUpperCase(Locale.ROOT) : decomposed,
        Normalizer.Form.NFC);
    PAIRS.put(key, value.charAt(0));
  }

  private static void single(boolean upper, char vni, String decomposed) {
    char key = upper ? Character.toUpperCase(vni) : vni;
    String value = Normalizer.normalize(upper ? decomposed.toUpperCase(Locale.ROOT) : decomposed,
        Normalizer.Form.NFC);
    SINGLES.put(key, value.charAt(0));
  }

  /** Text written in VNI (its bytes read as Windows-1252 or Latin-1) as Unicode. */
  static String decode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (next < 0x100 && PAIR_SECOND[next]) {
        Character pair = PAIRS.get(text.substring(i, i + 2));
        if (pair != null) {
          out.append(pair.charValue());
          i++;
          continue;
        }
      }
      Character single = c < 0x80 ? null : SINGLES.get(c);
      out.append(single != null ? single.charValue() : c);
    }
    return out.toString();
  }

  /** Unicode text in VNI, for tests: the inverse of {@link #decode}. */
  static String encode(String text) {
    Map<Character, String> inverse = new HashMap<>();
    SINGLES.forEach((k, v) -> inverse.put(v, String.valueOf(k)));
    PAIRS.forEach((k, v) -> inverse.put(v, k));
    StringBuilder out = new StringBuilder();
    for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
      out.append(inverse.getOrDefault(c, String.valueOf(c)));
    }
    return out.toString();
  }
}
