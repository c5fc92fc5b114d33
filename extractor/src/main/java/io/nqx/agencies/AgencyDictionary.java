package io.nqx.agencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bodies nqx names by code, read from a CSV with the columns {@code code,name,aliases,level,kind} (aliases
 * separated by {@code |}). The built-in one holds the Party, government, Front and mass organisations at
 * central, provincial, district and commune level, with the bodies renamed or merged in 2025 as entries of
 * their own, and generic bodies ("các sở, ban, ngành", "UBND cấp xã") with generic codes. A name matches by
 * its {@link AgencyKey}: exactly, else by the longest name or alias it starts with ("Ủy ban nhân dân 04 xã
 * biên giới" is UBND cấp xã). A list of peers ("Sở Y tế, Sở Tài chính") has the codes of its parts, joined
 * by "+".
 */
public final class AgencyDictionary {
  private static final String BUILT_IN = "agencies.csv";
  private static final Set<String> LEVELS = Set.of("trung_uong", "tinh", "huyen", "xa");
  private static final Set<String> KINDS = Set.of("dang", "chinh_quyen", "mat_tran_doan_the", "co_quan_chuyen_mon");

  private final List<Agency> agencies;
  private final Map<String, Agency> byKey;
  private final String source;

  private AgencyDictionary(List<Agency> agencies, String source) {
    this.agencies = List.copyOf(agencies);
    Map<String, Agency> keys = new HashMap<>();
    for (Agency a : agencies) {
      keys.putIfAbsent(AgencyKey.of(a.name()), a);
      for (String alias : a.aliases()) {
        keys.putIfAbsent(AgencyKey.of(alias), a);
      }
    }
    this.byKey = keys;
    this.source = source;
  }

  public static AgencyDictionary builtIn() {
    return Holder.BUILT_IN_DICTIONARY;
  }

  private static final class Holder {
    static final AgencyDictionary BUILT_IN_DICTIONARY = loadBuiltIn();
  }

  private static AgencyDictionary loadBuiltIn() {
    try (InputStream in = AgencyDictionary.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("built-in agency dictionary missing: " + BUILT_IN);
      }
      return new AgencyDictionary(parse(new InputStreamReader(in, StandardCharsets.UTF_8)), "built-in");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a dictionary CSV; a malformed file gives an exception whose message names the problem. */
  public static AgencyDictionary load(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new AgencyDictionary(parse(reader), csv.toString());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv + ": not an agency CSV (code,name,aliases,level,kind): " + e.getMessage(), e);
    }
  }

  private static List<Agency> parse(Reader reader) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<Agency> out = new ArrayList<>();
    Set<String> codes = new java.util.HashSet<>();
    for (CSVRecord row : format.parse(reader)) {
      String code = row.get("code");
      if (!code.matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException("row " + row.getRecordNumber() + ": code '" + code + "' is not snake_case");
      }
      if (!codes.add(code)) {
        throw new IllegalArgumentException("row " + row.getRecordNumber() + ": code '" + code + "' twice");
      }
      String level = row.get("level");
      String kind = row.get("kind");
      if (!LEVELS.contains(level) || !KINDS.contains(kind)) {
        throw new IllegalArgumentException("row " + row.getRecordNumber() + ": level must be one of " + LEVELS
            + " and kind one of " + KINDS);
      }
      String aliases = row.isMapped("aliases") ? row.get("aliases") : "";
      out.add(new Agency(code, row.get("name"), aliases.isEmpty() ? List.of()
          : Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(), level, kind));
    }
    return out;
  }

  public List<Agency> agencies() {
    return agencies;
  }

  public String source() {
    return source;
  }

  /** The body a name names: by its key, else by the longest known name its key starts with. */
  public Optional<Agency> match(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = AgencyKey.of(name);
    Agency exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    // A list's level word may stand once at its end ("Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh").
    Agency provincial = byKey.get(key + " tinh");
    if (provincial != null) {
      return Optional.of(provincial);
    }
    String[] words = key.split(" ");
    for (int n = words.length - 1; n >= 2; n--) {
      Agency a = byKey.get(String.join(" ", Arrays.copyOf(words, n)));
      if (a != null) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * The code of a name, or of each body of a list of peers joined by "+" ("so_y_te+so_tai_chinh"), or null when
   * no part is known.
   */
  public String code(String name) {
    if (name == null) {
      return null;
    }
    Agency exact = byKey.get(AgencyKey.of(name));
    if (exact != null) {
      return exact.code(); // "các cấp ủy, chính quyền" is a body of the dictionary as a whole
    }
    List<String> parts = AgencyPhrases.split(name);
    if (parts.size() <= 1) {
      return match(name).map(Agency::code).orElse(null);
    }
    Map<String, Boolean> codes = new LinkedHashMap<>();
    for (String part : parts) {
      match(part).ifPresent(a -> codes.put(a.code(), true));
    }
    return codes.isEmpty() ? null : String.join("+", codes.keySet());
  }

  /** The codes of a list of names, null for those not known. */
  public List<String> codes(List<String> names) {
    List<String> out = new ArrayList<>();
    for (String n : names) {
      out.add(code(n));
    }
    return out;
  }
}
