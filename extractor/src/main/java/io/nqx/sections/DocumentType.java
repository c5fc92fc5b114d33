package io.nqx.sections;

import io.nqx.text.Fold;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document a title line names: the section parser takes the front matter's title from the line
 * that starts with one in capitals, and the document facts name the type from that title.
 */
public enum DocumentType {
  // The longer phrase first: "Chương trình hành động" is a "Chương trình" too.
  CHUONG_TRINH_HANH_DONG("Chương trình hành động"),
  CHUONG_TRINH("Chương trình"),
  KE_HOACH("Kế hoạch"),
  NGHI_QUYET("Nghị quyết"),
  QUYET_DINH("Quyết định"),
  CHI_THI("Chỉ thị"),
  DE_AN("Đề án"),
  KET_LUAN("Kết luận"),
  HUONG_DAN("Hướng dẫn"),
  BAO_CAO("Báo cáo"),
  NGHI_DINH("Nghị định"),
  THONG_TU("Thông tư"),
  LUAT("Luật");

  private final String capitals;
  private final String folded;

  DocumentType(String words) {
    this.capitals = words.toUpperCase(Locale.ROOT);
    this.folded = Fold.fold(words);
  }

  /** The name used in output: {@code ke_hoach}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type a title names by its first words, in any case and with or without diacritics. */
  public static Optional<DocumentType> ofTitle(String title) {
    String f = Fold.fold(title);
    for (DocumentType t : values()) {
      if (f.startsWith(t.folded)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Whether a line opens with a type name in capitals as a whole word: "KẾ HOẠCH", "NGHỊ QUYẾT VỀ ...". */
  static boolean opensTitleLine(String line) {
    for (DocumentType t : values()) {
      if (line.startsWith(t.capitals) && (line.length() == t.capitals.length()
          || !isWordChar(line.charAt(t.capitals.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }
}
