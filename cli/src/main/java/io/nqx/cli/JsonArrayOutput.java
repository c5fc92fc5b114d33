package io.nqx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;

/** One indented JSON array written element by element, so a batch's output never waits for the whole batch. */
final class JsonArrayOutput {
  private final PrintWriter out;
  private final SequenceWriter array;

  JsonArrayOutput(PrintWriter out) throws IOException {
    this.out = out;
    // Not closing the stream under it: standard output, or the file AtomicOutput still has to move.
    this.array = DocumentJson.pretty().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValuesAsArray(out);
  }

  void write(JsonNode element) throws IOException {
    array.write(element);
  }

  /** Closes the array and ends its line. */
  void finish() throws IOException {
    array.close();
    out.println();
  }
}
