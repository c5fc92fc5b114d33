package io.nqx.sections;

import io.nqx.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes the canonical part a heading title names. A title is split into segments at commas and "và"
 * ("QUAN ĐIỂM, MỤC TIÊU" has two); each segment names a part when it starts (after "các", "những", "một số",
 * "về") with one of the part's phrases. Matching is on folded text, so case, tone placement and missing
 * diacritics do not matter, and a phrase of eight or more letters also matches with one letter wrong.
 */
final class KindNames {
  private KindNames() {}

  /** A phrase that names a part, and for MỤC TIÊU the subkind it also names (or null). */
  private record Phrase(String words, SectionKind kind, Subkind subkind, int wordCount) {
    Phrase(String words, SectionKind kind, Subkind subkind) {
      this(words, kind, subkind, words.split(" ").length);
    }
  }

  /** What a title names: the parts in order of appearance and the subkind its first segment names. */
  record Named(List<SectionKind> kinds, Subkind subkind) {
    boolean isEmpty() {
      return kinds.isEmpty();
    }
  }

  // More specific phrases first: "mục tiêu tổng quát" before "mục tiêu".
  private static final List<Phrase> PHRASES = List.of(
      new Phrase("to chuc thuc hien", SectionKind.TO_CHUC_THUC_HIEN, null),
      new Phrase("phan cong thuc hien", SectionKind.TO_CHUC_THUC_HIEN, null),
      new Phrase("phan cong nhiem vu", SectionKind.TO_CHUC_THUC_HIEN, null),
      new Phrase("trach nhiem thuc hien", SectionKind.TO_CHUC_THUC_HIEN, null),
      new Phrase("trach nhiem cua cac co quan", SectionKind.TO_CHUC_THUC_HIEN, null),
      new Phrase("kinh phi", SectionKind.KINH_PHI, null),
      new Phrase("nguon kinh phi", SectionKind.KINH_PHI, null),
      new Phrase("pham vi", SectionKind.PHAM_VI, null),
      new Phrase("doi tuong ap dung", SectionKind.PHAM_VI, null),
      new Phrase("doi tuong", SectionKind.PHAM_VI, null),
      new Phrase("muc dich", SectionKind.MUC_DICH_YEU_CAU, null),
      new Phrase("yeu cau", SectionKind.MUC_DICH_YEU_CAU, null),
      new Phrase("tinh hinh", SectionKind.TINH_HINH, null),
      new Phrase("thuc trang", SectionKind.TINH_HINH, null),
      new Phrase("ket qua thuc hien", SectionKind.TINH_HINH, null),
      new Phrase("quan diem", SectionKind.QUAN_DIEM, null),
      new Phrase("muc tieu tong quat", SectionKind.MUC_TIEU, Subkind.TONG_QUAT),
      new Phrase("muc tieu chung", SectionKind.MUC_TIEU, Subkind.TONG_QUAT),
      new Phrase("muc tieu cu the", SectionKind.MUC_TIEU, Subkind.CHI_TIEU),
      new Phrase("chi tieu", SectionKind.MUC_TIEU, Subkind.CHI_TIEU),
      new Phrase("tam nhin", SectionKind.MUC_TIEU, Subkind.TAM_NHIN),
      new Phrase("muc tieu", SectionKind.MUC_TIEU, null),
      new Phrase("nhiem vu", SectionKind.NHIEM_VU, null),
      new Phrase("giai phap", SectionKind.NHIEM_VU, null),
      new Phrase("noi dung", SectionKind.NHIEM_VU, null),
      new Phrase("phu luc", SectionKind.ANNEX, null));

  private static final Pattern SEPARATORS =
      Pattern.compile("[,;:]|\\s+(?i:và|va)\\s+");
  private static final List<String> LEADING_WORDS = List.of("cac", "nhung", "mot so", "ve");
  /** Real words one letter away from a phrase, which must not be taken for a typo of it. */
  private static final Set<String> NEAR_MISSES = Set.of("chi tiet", "muc tien", "nhiem ky");

  static Named of(String title) {
    Set<SectionKind> kinds = new LinkedHashSet<>();
    Subkind subkind = null;
    boolean first = true;
    for (String segment : segments(title)) {
      Phrase phrase = phraseAtStart(segment);
      if (phrase != null) {
        kinds.add(phrase.kind());
        if (first) {
          subkind = phrase.subkind();
        }
      }
      first = false;
    }
    return new Named(List.copyOf(kinds), subkind);
  }

  /** The title cut at commas, semicolons, colons and "và", each piece folded. */
  private static List<String> segments(String title) {
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(title)) {
      String s = Fold.fold(part);
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static Phrase phraseAtStart(String segment) {
    String s = segment;
    for (String lead : LEADING_WORDS) {
      if (s.startsWith(lead + " ")) {
        s = s.substring(lead.length() + 1);
        break;
      }
    }
    String[] words = s.split(" ");
    String[] heads = new String[words.length + 1]; // the first n words, joined once for all phrases of n
    for (Phrase phrase : PHRASES) {
      int n = phrase.wordCount();
      if (words.length < n) {
        continue;
      }
      if (heads[n] == null) {
        heads[n] = String.join(" ", Arrays.copyOfRange(words, 0, n));
      }
      String head = heads[n];
      int allowed = phrase.words().length() >= 8 && !NEAR_MISSES.contains(head) ? 1 : 0;
      if (Fold.withinEdits(head, phrase.words(), allowed)) {
        return phrase;
      }
    }
    return null;
  }
}
