package io.nqx.targets;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The indicator codes to emit, read from a CSV with the columns {@code code,unit,label_vi,label_en,cues}
 * (cues separated by {@code |}). The built-in one is the 42-NQ/TW social-policy taxonomy; a user's own file
 * in the same format serves other resolutions.
 */
public final class Taxonomy {
  private static final String BUILT_IN = "indicators.csv";
  private final Map<String, Indicator> byCode;
  private final String source;

  private Taxonomy(List<Indicator> indicators, String source) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    for (Indicator i : indicators) {
      map.put(i.code(), i);
    }
    this.byCode = map;
    this.source = source;
  }

  /** The built-in taxonomy (Resolution 42-NQ/TW). */
  public static Taxonomy builtIn() {
    return Holder.BUILT_IN_TAXONOMY;
  }

  private static final class Holder {
    static final Taxonomy BUILT_IN_TAXONOMY = loadBuiltIn();
  }

  private static Taxonomy loadBuiltIn() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("built-in taxonomy missing: " + BUILT_IN);
      }
      return new Taxonomy(parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in"), "built-in");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a taxonomy CSV; a malformed file gives an exception whose message names the problem. */
  public static Taxonomy load(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new Taxonomy(parse(reader, csv.toString()), csv.toString());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IOException(csv + ": not a taxonomy CSV (code,unit,label_vi,label_en,cues): " + e.getMessage(), e);
    }
  }

  private static List<Indicator> parse(Reader reader, String source) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    List<Indicator> out = new ArrayList<>();
    for (CSVRecord row : format.parse(reader)) {
      String code = row.get("code");
      if (code.isEmpty()) {
        throw new IllegalArgumentException("row " + row.getRecordNumber() + " has no code");
      }
      String cues = row.isMapped("cues") ? row.get("cues") : "";
      List<String> list = cues.isEmpty() ? List.of()
          : Arrays.stream(cues.split("\\|")).map(String::strip).filter(c -> !c.isEmpty()).toList();
      out.add(new Indicator(code, row.get("unit"), row.isMapped("label_vi") ? row.get("label_vi") : "",
          row.isMapped("label_en") ? row.get("label_en") : "", list));
    }
    return out;
  }

  public List<Indicator> indicators() {
    return List.copyOf(byCode.values());
  }

  public Optional<Indicator> get(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Where the taxonomy came from: "built-in" or the file's path. */
  public String source() {
    return source;
  }
}
