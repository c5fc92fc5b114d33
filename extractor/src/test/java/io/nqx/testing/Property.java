package io.nqx.testing;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A property test without a framework: a generator run from each of a fixed list of seeds, a fixed number of
 * times per seed, and the property checked on every input. The same seeds give the same inputs on every run,
 * so a property never fails at random; a failure names its seed, try and input, which reproduce it.
 */
public final class Property {
  private Property() {}

  /** The seeds every property runs from. Fixed: a new seed is a new test, added on purpose. */
  public static final List<Long> SEEDS = List.of(1L, 7L, 42L, 20_261_122L, 9_876_543_210L);

  /** A check that may throw (an assertion, or a checked exception of the code under test). */
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  /** Checks the property on {@code triesPerSeed} inputs from each of {@link #SEEDS}. */
  public static <T> void forAll(int triesPerSeed, Function<Random, T> generator, Check<T> property) {
    for (long seed : SEEDS) {
      Random random = new Random(seed);
      for (int run = 1; run <= triesPerSeed; run++) {
        T input = generator.apply(random);
        try {
          property.accept(input);
        } catch (Exception | AssertionError e) {
          throw new AssertionError("property failed for seed " + seed + ", try " + run + ", input: "
              + describe(input) + "\n" + e.getMessage(), e);
        }
      }
    }
  }

  private static String describe(Object input) {
    String s = String.valueOf(input);
    return s.replace("\n", "\\n");
  }

  /** One of the given values. */
  @SafeVarargs
  public static <T> T oneOf(Random random, T... values) {
    return values[random.nextInt(values.length)];
  }

  /** Up to {@code max} picks joined by {@code separator}. */
  public static String joined(Random random, int max, String separator, Function<Random, String> pick) {
    int n = random.nextInt(max + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(pick.apply(random));
    }
    return sb.toString();
  }

  /** A string of up to {@code max} characters drawn from {@code chars}. */
  public static String chars(Random random, int max, String chars) {
    int n = random.nextInt(max + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(random.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /** A string of up to {@code max} arbitrary characters of the Basic Multilingual Plane, surrogates excluded. */
  public static String anyChars(Random random, int max) {
    int n = random.nextInt(max + 1);
    StringBuilder sb = new StringBuilder(n);
    while (sb.length() < n) {
      char c = (char) random.nextInt(Character.MAX_VALUE + 1);
      if (!Character.isSurrogate(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
