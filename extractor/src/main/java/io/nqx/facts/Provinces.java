package io.nqx.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Vietnam's provinces and centrally-run cities, as documents name them ("Lào Cai", "Cần Thơ"). */
public final class Provinces {
  private Provinces() {}

  private static final class Holder {
    static final List<String> NAMES = load();
  }

  /** Every province name, in the resource's order. */
  public static List<String> names() {
    return Holder.NAMES;
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
