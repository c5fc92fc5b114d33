package io.nqx.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first file part of a multipart/form-data body (RFC 7578): its file name and bytes. What {@code nqx serve}
 * needs of the format and no more (one document per request); a body without a file part gives null.
 */
final class Multipart {
  private Multipart() {}

  /** A file part: the name its Content-Disposition gives (or null) and its content. */
  record Part(String filename, byte[] content) {}

  private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:\"([^\"]*)\"|([^;\\s]+))",
      Pattern.CASE_INSENSITIVE);

  static Part firstFile(byte[] body, String contentType) {
    Matcher b = BOUNDARY.matcher(contentType);
    if (!b.find()) {
      return null;
    }
    byte[] delimiter = ("--" + (b.group(1) != null ? b.group(1) : b.group(2))).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    Part first = null;
    while (at >= 0) {
      int headersStart = at + delimiter.length;
      if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
        break; // the closing delimiter
      }
      headersStart = skipLineEnd(body, headersStart);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        return first;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int next = indexOf(body, ("\r\n" + new String(delimiter, StandardCharsets.ISO_8859_1))
          .getBytes(StandardCharsets.ISO_8859_1), contentStart);
      if (next < 0) {
        return first;
      }
      String disposition = headers.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-disposition"))
          .findFirst().orElse("");
      Matcher f = FILENAME.matcher(disposition);
      if (f.find()) {
        String name = f.group(1) != null ? f.group(1) : f.group(2);
        // a browser sends the base name; some clients send a path
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
        return new Part(name, content);
      }
      at = next + 2;
    }
    return first;
  }

  private static int skipLineEnd(byte[] body, int i) {
    if (i < body.length && body[i] == '\r') {
      i++;
    }
    if (i < body.length && body[i] == '\n') {
      i++;
    }
    return i;
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
