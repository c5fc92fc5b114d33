package io.nqx.facts;

import io.nqx.citations.Citations;
import io.nqx.ingest.SourceText;
import io.nqx.ingest.TextLine;
import io.nqx.sections.DocumentType;
import io.nqx.sections.Matter;
import io.nqx.sections.Outline;
import io.nqx.sections.Section;
import io.nqx.sections.SectionKind;
import io.nqx.text.Chars;
import io.nqx.text.Fold;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Reads {@link DocumentInfo} from a document's front matter, back matter and, for the province, its text. */
public final class DocumentInfoReader {
  private DocumentInfoReader() {}

  /** The names, each starting with a capital letter (checked when loaded). */
  /** Every spelling of every province ("Thanh Hóa", "Thanh Hoá"); the name is its value in Provinces.spellings(). */
  private static final List<String> PROVINCES = List.copyOf(Provinces.spellings().keySet());
  /** Indexes into PROVINCES by a name's first character. */
  private static final Map<Character, List<Integer>> BY_FIRST_CHAR = IntStream.range(0, PROVINCES.size()).boxed()
      .collect(Collectors.groupingBy(k -> PROVINCES.get(k).charAt(0)));
  private static final Pattern NUMBER = Pattern.compile("^Số\\s*:?\\s*(\\d+[\\p{L}\\d./-]*)", Pattern.MULTILINE);
  private static final Pattern PLACE_DATE = Pattern.compile(
      "^([\\p{Lu}][\\p{L} .-]{1,40}?),\\s*ngày\\s+(\\d{1,2})?\\s*tháng\\s+(\\d{1,2})?\\s*năm\\s+(\\d{4})",
      Pattern.MULTILINE);

  public static DocumentInfo read(SourceText text, Outline outline) {
    return read(text, outline, new Citations(List.of(), List.of()));
  }

  public static DocumentInfo read(SourceText text, Outline outline, Citations citations) {
    String all = text.text();
    String front = blockText(all, outline, SectionKind.FRONT_MATTER);
    String title = outline.sections().stream().filter(s -> s.kind() == SectionKind.FRONT_MATTER)
        .map(Section::title).findFirst().orElse(null);
    String docType = title == null ? null : DocumentType.ofTitle(title).map(DocumentType::id).orElse(null);
    Matcher n = NUMBER.matcher(front);
    String number = n.find() ? n.group(1) : null;
    String place = null;
    String date = null;
    Matcher pd = PLACE_DATE.matcher(front);
    if (pd.find()) {
      place = pd.group(1).strip();
      if (pd.group(2) != null && pd.group(3) != null) {
        date = String.format("%s-%02d-%02d", pd.group(4), Integer.parseInt(pd.group(3)), Integer.parseInt(pd.group(2)));
      }
    }
    String issuer = issuer(text, outline);
    return new DocumentInfo(central(number) ? null : province(all, place), docType, number, date, place, issuer, title, text.mediaType(),
        text.charset().orElse(null), GenreReader.read(text, outline, docType, number), citations.implemented(),
        citations.all(), text.ocrPages());
  }

  /**
   * A central body's symbol (the Government's "03/NQ-CP", the Prime Minister's "2629/QĐ-TTg", the Party's
   * "57-NQ/TW", the National Assembly's "202/2025/QH15", a ministry's "6676/BYT-CDS"): the document belongs to
   * no province, although it is dated "Hà Nội, ngày ...".
   */
  static boolean central(String number) {
    if (number == null) {
      return false;
    }
    for (String part : number.split("[-/]")) {
      if (CENTRAL.matcher(part).matches()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CENTRAL = Pattern.compile("CP|TTg|TW|TƯ|VPCP|QH\\d*|UBTVQH\\d*|BYT|BNV|BTC|BCA|BQP|BCT|"
      + "BXD|BGDĐT|BKHCN|BNNMT|BNG|BTP|BVHTTDL|BLĐTBXH|BTTTT|BKHĐT|BNNPTNT|BTNMT|BGTVT|BDTTG|NHNN|TANDTC|VKSNDTC");

  /** The place of the date line when it is a province, else the province the text names most often. */
  private static String province(String all, String place) {
    if (place != null) {
      for (String p : PROVINCES) {
        if (place.endsWith(p)) {
          return Provinces.spellings().get(p);
        }
      }
    }
    // One pass over the text, trying only the names that start with the character at hand, rather than one
    // search of the whole text per province.
    int[] counts = new int[PROVINCES.size()];
    for (int i = 0; i < all.length(); i++) {
      char c = all.charAt(i);
      if (!Chars.isUpperCase(c)) {
        continue; // every name starts with a capital: most characters need no lookup (nor a boxed key)
      }
      List<Integer> candidates = BY_FIRST_CHAR.get(c);
      if (candidates == null) {
        continue;
      }
      for (int k : candidates) {
        String p = PROVINCES.get(k);
        int end = i + p.length();
        if (all.startsWith(p, i) && (end == all.length() || !Character.isLetter(all.charAt(end)))) {
          counts[k]++;
        }
      }
    }
    // a name's spellings count together ("Thanh Hóa" and "Thanh Hoá" in one text); the first in list order wins ties
    Map<String, Integer> byName = new java.util.LinkedHashMap<>();
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        byName.merge(Provinces.spellings().get(PROVINCES.get(k)), counts[k], Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : byName.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** The body the first signature line of the back matter signs for. */
  private static String issuer(SourceText text, Outline outline) {
    for (Section s : outline.sections()) {
      if (s.kind() != SectionKind.BACK_MATTER) {
        continue;
      }
      for (TextLine line : text.lines()) {
        if (line.start() >= s.start() && line.start() < s.end()) {
          String issuer = Matter.issuer(text.lineText(line)).orElse(null);
          if (issuer != null) {
            return issuer;
          }
        }
      }
    }
    return null;
  }

  private static String blockText(String all, Outline outline, SectionKind kind) {
    StringBuilder sb = new StringBuilder();
    for (Section s : outline.sections()) {
      if (s.kind() == kind) {
        sb.append(all, s.start(), s.end()).append('\n');
      }
    }
    return sb.toString();
  }
}
