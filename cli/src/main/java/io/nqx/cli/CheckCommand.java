package io.nqx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nqx.document.Doc;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nqx check}: extraction against expected outputs, for CI. */
@Command(
    header = "Compare outputs with expected files; exit 3 on a difference.",
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Extract each input and compare the result with DIR/<file name>.json, made earlier by "
        + "'nqx extract -f json' (or by --update); print each target added, removed or changed."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every output equals its expected file (or --update wrote them)",
        "1:some files could not be read, the others were equal", "2:usage error, or no file could be read",
        "3:differences found"})
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ExtractionOptions extraction;

  @Mixin
  KindsOption kinds;

  @Option(names = "--expected", required = true, paramLabel = "DIR", description = "Directory of expected outputs.")
  Path expected;

  @Option(names = "--update", description = "Write the current outputs as the expected ones instead of comparing.")
  boolean update;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!update && !Files.isDirectory(expected)) {
      throw new CommandLine.ParameterException(spec.commandLine(), expected + ": no such directory");
    }
    List<Batch.Outcome<Doc>> outcomes = extraction.collect(spec.commandLine(), extraction.pipeline(spec.commandLine()), RecordLayer.ALL);
    int differing = 0;
    for (Batch.Outcome<Doc> outcome : outcomes) {
      if (outcome.failed()) {
        continue;
      }
      Inputs.Input input = outcome.input();
      Path file = expected.resolve(Inputs.fileName(input.name()) + ".json");
      ObjectNode actual = DocumentJson.of(outcome, kinds.kinds());
      if (update) {
        ArrayNode array = DocumentJson.mapper().createArrayNode().add(actual);
        AtomicOutput.write(file, w -> w.println(DocumentJson.pretty().writeValueAsString(array)));
        out.println("nqx: wrote " + file);
        continue;
      }
      List<String> diff = diff(file, actual);
      if (diff.isEmpty()) {
        out.println("ok      " + input.name());
      } else {
        differing++;
        out.println("differs " + input.name() + " (expected " + file + ")");
        diff.forEach(line -> out.println("  " + line));
      }
    }
    out.flush();
    int code = ExitCodes.forOutcomes(outcomes);
    if (differing > 0) {
      out.printf("%d of %d files differ%n", differing, outcomes.size());
      out.flush();
      return ExitCodes.DIFFERENCES;
    }
    return code;
  }

  /** The differences between the expected file and the actual output, one readable line each. */
  static List<String> diff(Path file, ObjectNode output) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of("no expected file " + file + " (write it with --update)");
    }
    // Both sides as parsed JSON, so that 100 read from the file equals the 100 nqx computed.
    JsonNode actual = DocumentJson.mapper().readTree(DocumentJson.mapper().writeValueAsString(output));
    JsonNode read = DocumentJson.mapper().readTree(file.toFile());
    JsonNode expected = read.isArray() && read.size() == 1 ? read.get(0) : read;
    List<String> out = new ArrayList<>();
    if (!expected.path("document").equals(actual.path("document"))) {
      out.add("~ document " + expected.path("document") + " -> " + actual.path("document"));
    }
    if (!expected.path("errors").equals(actual.path("errors"))) {
      out.add("~ errors " + expected.path("errors") + " -> " + actual.path("errors"));
    }
    Map<String, JsonNode> before = byMention(expected.path("targets"));
    Map<String, JsonNode> after = byMention(actual.path("targets"));
    for (Map.Entry<String, JsonNode> e : before.entrySet()) {
      JsonNode now = after.get(e.getKey());
      if (now == null) {
        out.add("- removed " + describe(e.getValue()));
      } else if (!now.equals(e.getValue())) {
        out.add("~ changed " + where(now) + ": " + changes(e.getValue(), now));
      }
    }
    for (Map.Entry<String, JsonNode> e : after.entrySet()) {
      if (!before.containsKey(e.getKey())) {
        out.add("+ added   " + describe(e.getValue()));
      }
    }
    // Assignments, keyed by their line and agency.
    Map<String, JsonNode> tasksBefore = byAgency(expected.path("tasks"));
    Map<String, JsonNode> tasksAfter = byAgency(actual.path("tasks"));
    for (Map.Entry<String, JsonNode> e : tasksBefore.entrySet()) {
      JsonNode now = tasksAfter.get(e.getKey());
      if (now == null) {
        out.add("- removed task " + describeTask(e.getValue()));
      } else if (!now.equals(e.getValue())) {
        out.add("~ changed task " + describeTask(now) + ": " + changes(e.getValue(), now));
      }
    }
    for (Map.Entry<String, JsonNode> e : tasksAfter.entrySet()) {
      if (!tasksBefore.containsKey(e.getKey())) {
        out.add("+ added   task " + describeTask(e.getValue()));
      }
    }
    return out;
  }

  /** Assignments keyed by their line and agency (and which repeat there). */
  private static Map<String, JsonNode> byAgency(JsonNode tasks) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode t : tasks) {
      String base = t.path("line").asInt() + "|" + t.path("agency").asText();
      String key = base;
      for (int n = 2; map.containsKey(key); n++) {
        key = base + "#" + n;
      }
      map.put(key, t);
    }
    return map;
  }

  private static String describeTask(JsonNode t) {
    return "line " + t.path("line").asInt() + " \"" + t.path("agency").asText() + "\"";
  }

  /** Targets keyed by where they stand (line, value text, indicator, and which repeat on that line). */
  private static Map<String, JsonNode> byMention(JsonNode targets) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (JsonNode t : targets) {
      String base = t.path("line").asInt() + "|" + t.path("value_text").asText() + "|" + t.path("indicator").asText();
      String key = base;
      for (int n = 2; map.containsKey(key); n++) {
        key = base + "#" + n;
      }
      map.put(key, t);
    }
    return map;
  }

  private static String where(JsonNode t) {
    return "line " + t.path("line").asInt() + " \"" + t.path("value_text").asText() + "\"";
  }

  private static String describe(JsonNode t) {
    String max = t.path("value_max").isNull() ? "" : "-" + t.path("value_max").asText();
    return where(t) + " " + t.path("indicator").asText() + " " + t.path("comparator").asText() + " "
        + t.path("value").asText() + max + " " + t.path("unit").asText();
  }

  private static String changes(JsonNode before, JsonNode after) {
    List<String> out = new ArrayList<>();
    Iterator<String> names = before.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!before.get(name).equals(after.get(name))) {
        out.add(name + " " + before.get(name) + " -> " + after.get(name));
      }
    }
    return String.join("; ", out);
  }
}
