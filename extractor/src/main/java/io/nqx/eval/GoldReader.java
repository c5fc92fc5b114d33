package io.nqx.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold annotations: one JSON object per line in {@code <doc>.jsonl}. */
public final class GoldReader {
  private GoldReader() {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  public static List<GoldRecord> read(Path jsonl) throws IOException {
    return lines(jsonl, (o, n) -> new GoldRecord(text(o, "doc"), o.path("line").asInt(), text(o, "section"),
        text(o, "section_kind"), text(o, "value_text"), text(o, "indicator"), text(o, "indicator_text"),
        text(o, "comparator"), decimal(o, "value"), decimal(o, "value_max"), text(o, "unit"),
        o.hasNonNull("year") ? o.get("year").asInt() : null, text(o, "status"), text(o, "kind")));
  }

  /** Reads gold assignments (fixtures/gold/TASKS.md): one JSON object per line. */
  public static List<GoldTask> readTasks(Path jsonl) throws IOException {
    return lines(jsonl, (o, n) -> {
      if (!o.hasNonNull("agency") || !o.hasNonNull("line")) {
        throw new IOException(jsonl + ":" + n + ": an assignment needs 'agency' and 'line'");
      }
      List<String> co = new ArrayList<>();
      o.path("co_agencies").forEach(c -> co.add(c.asText()));
      return new GoldTask(text(o, "doc"), o.get("line").asInt(), text(o, "section"), text(o, "agency"),
          text(o, "role"), text(o, "directs"), co, text(o, "deadline"), text(o, "deliverable"), text(o, "status"));
    });
  }

  /** One gold record from a line's object and its line number. */
  private interface RecordReader<T> {
    T read(JsonNode o, int line) throws IOException;
  }

  /** Each non-blank line of a JSON-lines file as a record; a line that is no JSON fails with where it is. */
  private static <T> List<T> lines(Path jsonl, RecordReader<T> reader) throws IOException {
    List<T> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode o;
        try {
          o = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(jsonl + ":" + n + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        out.add(reader.read(o, n));
      }
    }
    return out;
  }

  private static String text(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).asText() : null;
  }

  private static java.math.BigDecimal decimal(JsonNode o, String field) {
    return o.hasNonNull(field) ? o.get(field).decimalValue() : null;
  }
}
