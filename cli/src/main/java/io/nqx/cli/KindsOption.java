package io.nqx.cli;

import io.nqx.targets.Kind;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --kinds}: which kinds of number to write: targets only by default, or more, or all (mixed in). */
final class KindsOption {
  @Option(names = "--kinds", paramLabel = "KINDS", defaultValue = "target", converter = KindsConverter.class,
      description = "Kinds of number to write, comma-separated: target, result, parameter, criterion, other, or "
          + "all (default: ${DEFAULT-VALUE}). Each row says its kind and the evidence for it.")
  Set<Kind> kinds;

  Set<Kind> kinds() {
    return kinds == null ? EnumSet.of(Kind.TARGET) : kinds;
  }

  /** Reads "target,result" or "all". */
  static final class KindsConverter implements CommandLine.ITypeConverter<Set<Kind>> {
    @Override
    public Set<Kind> convert(String value) {
      if (value.strip().equals("all")) {
        return EnumSet.allOf(Kind.class);
      }
      Set<Kind> out = EnumSet.noneOf(Kind.class);
      for (String id : value.split(",")) {
        out.add(Kind.of(id.strip()).orElseThrow(() -> new CommandLine.TypeConversionException("not a kind: '"
            + id.strip() + "' (kinds: " + Arrays.stream(Kind.values()).map(Kind::id)
            .collect(Collectors.joining(", ")) + ", all)")));
      }
      return out;
    }
  }
}
