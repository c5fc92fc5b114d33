package io.nqx.text;

/** Questions about the letters of a piece of text. */
public final class Letters {
  private Letters() {}

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
