package io.nqx.text;

import java.util.regex.Pattern;

/** Questions about the letters of a piece of text. */
public final class Letters {
  private Letters() {}

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * The text split at runs of whitespace, exactly as {@code text.split("\\s+")} would, without compiling the
   * pattern at every call (String.split compiles any pattern longer than one character).
   */
  public static String[] splitOnWhitespace(CharSequence text) {
    return WHITESPACE.split(text);
  }

  /** True when the text has letters and none of them is lower case ("CHƯƠNG TRÌNH HÀNH ĐỘNG", "PHÓ BÍ THƯ"). */
  public static boolean isCapitals(CharSequence text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }
}
