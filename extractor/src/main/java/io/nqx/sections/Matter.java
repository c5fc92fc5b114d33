package io.nqx.sections;

import io.nqx.text.Fold;
import io.nqx.text.Letters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the lines around a document's body: the recipients list ("Nơi nhận:"), the signature block
 * ("T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH", a title in capitals, the signer's name) and annex headings
 * ("PHỤ LỤC I").
 */
public final class Matter {
  private Matter() {}

  /** "T/M", "TM." (thay mặt): the signer acts for the body named after it, which issues the document. */
  private static final String ON_BEHALF = "T/M|TM\\.";
  private static final Pattern SIGNATURE = Pattern.compile(
      "(?:" + ON_BEHALF + "|TM|KT\\.?|TL\\.?|TUQ\\.?|Q\\.)\\s*\\p{Lu}.*");
  private static final Pattern ISSUER = Pattern.compile("(?:" + ON_BEHALF + ")\\s*(.+)");
  private static final Pattern ANNEX_CAPS = Pattern.compile(
      "PHỤ LỤC(?:\\s+(?:SỐ\\s+)?(?:[IVXLC]+|\\d{1,2}|[A-Z])(?![\\p{L}\\d]))?(?:\\s*[.:\\-–—]?\\s*\\S.*)?");
  private static final Pattern ANNEX_TITLE = Pattern.compile(
      "Phụ [lL]ục\\s+(?:số\\s+)?(?:[IVXLC]+|\\d{1,2})(?![\\p{L}\\d])(?:\\s*[.:\\-–—]\\s*.*)?");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}*");
  private static final Pattern SIGNED = Pattern.compile("(?i)\\(?(?:đã ký|da ky|\\[daky\\]|ký tên|signed)\\)?\\.?");

  static boolean isRecipientsHeading(String line) {
    return Fold.startsWith(line, "noi nhan");
  }

  static boolean isSignature(String line) {
    return SIGNATURE.matcher(line).matches();
  }

  /** The body a signature line signs for ("T/M BAN THƯỜNG VỤ" gives "BAN THƯỜNG VỤ"), if the line is one. */
  public static Optional<String> issuer(String line) {
    Matcher m = ISSUER.matcher(line);
    return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  static boolean isSignedMark(String line) {
    return SIGNED.matcher(line).matches();
  }

  /** "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục 2: DANH MỤC ..." but not "Phụ lục kèm theo)" ending a sentence. */
  static boolean isAnnexHeading(String line) {
    return (ANNEX_CAPS.matcher(line).matches() || ANNEX_TITLE.matcher(line).matches())
        && Letters.splitOnWhitespace(line).length <= 30;
  }

  /** A list entry of the recipients: "- Ban Bí thư,", "+ ...", "Lưu: VT". */
  static boolean isRecipient(String line) {
    return line.startsWith("-") || line.startsWith("+") || line.startsWith("•") || Fold.startsWith(line, "luu");
  }

  /** A short line in capitals: an office or a title in the signature block ("PHÓ BÍ THƯ THƯỜNG TRỰC"). */
  static boolean isCapitalsTitle(String line) {
    return Letters.splitOnWhitespace(line).length <= 10 && Letters.isCapitals(line);
  }

  /** A person's name: two to six capitalized words, not all in capitals ("Nguyễn Thị Ngọc Điệp"). */
  static boolean isName(String line) {
    String[] words = Letters.splitOnWhitespace(line.strip());
    if (words.length < 2 || words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return false;
      }
    }
    return !isCapitalsTitle(line);
  }
}
