package io.nqx.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Vietnam's provinces and centrally-run cities, as documents name them ("Lào Cai", "Cần Thơ"). */
public final class Provinces {
  private Provinces() {}

  private static final class Holder {
    static final List<String> NAMES = load();
    static final Map<String, String> CURRENT = loadArrangement();
    static final Map<String, String> SPELLINGS = spellingsOf(NAMES);
  }

  /**
   * Every way a document may spell each name: the name, and where its tone mark may stand on the other vowel
   * (the older "Thanh Hoá", "Khánh Hoà", "Hoà Bình"), each mapped to the name.
   */
  public static Map<String, String> spellings() {
    return Holder.SPELLINGS;
  }

  /** A name with the older placement of its final tone mark: "Hoá" for "Hóa", "Thuỵ" for "Thụy"; else itself. */
  static String oldStyle(String name) {
    Matcher m = NEW_STYLE.matcher(name);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String pair = m.group();
      String base = java.text.Normalizer.normalize(pair.substring(0, 1), java.text.Normalizer.Form.NFD);
      String plain = base.substring(0, 1);
      String mark = base.substring(1);
      m.appendReplacement(out, plain + java.text.Normalizer.normalize(pair.substring(1) + mark,
          java.text.Normalizer.Form.NFC));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A toned o or u before a final a, e or y: "óa", "òe", "ủy", where older spelling marks the second vowel. */
  private static final Pattern NEW_STYLE = Pattern.compile("[óòỏõọ][ae](?![\\p{L}])|[úùủũụ]y(?![\\p{L}])");

  /** Every province name, in the resource's order. */
  public static List<String> names() {
    return Holder.NAMES;
  }

  /**
   * The province a name belongs to since the 2025 arrangement (Hà Giang is Tuyên Quang, Lào Cai stays Lào Cai),
   * or null for a name that is no province. From provinces-2025.csv, which names its source.
   */
  public static String current(String province) {
    return province == null ? null : Holder.CURRENT.get(Holder.SPELLINGS.getOrDefault(province, province));
  }

  /** The 34 provinces and centrally-run cities since 1 July 2025. */
  public static java.util.Set<String> currentNames() {
    return new java.util.TreeSet<>(Holder.CURRENT.values());
  }

  private static Map<String, String> spellingsOf(List<String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, name);
      out.putIfAbsent(oldStyle(name), name);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Map<String, String> loadArrangement() {
    try (Reader r = new InputStreamReader(Provinces.class.getResourceAsStream("provinces-2025.csv"),
        StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
          .setTrim(true).get();
      Map<String, String> out = new LinkedHashMap<>();
      for (CSVRecord row : format.parse(r)) {
        out.put(row.get("province"), row.get("current"));
      }
      return java.util.Collections.unmodifiableMap(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> load() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Provinces.class.getResourceAsStream("provinces.txt"), StandardCharsets.UTF_8))) {
      List<String> names = r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      for (String name : names) {
        if (!Character.isUpperCase(name.charAt(0))) {
          throw new IllegalStateException("provinces.txt: a name must start with a capital: " + name);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
