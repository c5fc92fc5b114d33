package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.nqx.ingest.IngestException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static List<Inputs.Input> inputs(int n) {
    List<Inputs.Input> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Inputs.Input("f" + i, Path.of("f" + i)));
    }
    return out;
  }

  /** Every outcome of a batch, in the order the sink got them. */
  private static <T> List<Batch.Outcome<T>> run(List<Inputs.Input> inputs, int jobs, int timeoutSeconds,
      Batch.Task<T> task, Batch.Progress progress) throws InterruptedException {
    List<Batch.Outcome<T>> outcomes = new ArrayList<>();
    Batch.stream(inputs, jobs, timeoutSeconds, 120, task, progress, outcomes::add);
    return outcomes;
  }

  @Test
  void outcomesComeBackInInputOrderWhateverOrderTheyFinish() throws Exception {
    AtomicInteger done = new AtomicInteger();
    List<Batch.Outcome<String>> out = run(inputs(12), 4, 10, input -> {
      int i = Integer.parseInt(input.name().substring(1));
      Thread.sleep((12 - i) * 5L); // later inputs finish first
      return input.name().toUpperCase();
    }, done::incrementAndGet);
    assertThat(out).extracting(Batch.Outcome::result)
        .containsExactly("F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11");
    assertThat(done.get()).isEqualTo(12);
  }

  @Test
  void aSlowFileTimesOutAndTheOthersGoOn() throws Exception {
    AtomicBoolean released = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    List<Batch.Outcome<String>> out;
    try {
      out = run(inputs(3), 2, 1, input -> {
        if (input.name().equals("f1")) {
          // A parser that never looks at its interrupt flag: it spins until the test lets it go.
          while (!released.get()) {
            Thread.onSpinWait();
          }
          stopped.countDown();
          return "late";
        }
        return "ok";
      }, () -> { });
    } finally {
      released.set(true);
    }
    assertThat(out).extracting(Batch.Outcome::error).containsExactly(null, "timed out after 1 s", null);
    assertThat(out.get(0).result()).isEqualTo("ok");
    assertThat(out.get(2).result()).isEqualTo("ok");
    // The abandoned worker ends once released: nothing is left spinning for the rest of the test JVM.
    stopped.await();
  }

  @Test
  void failuresKeepTheirReason() throws Exception {
    List<Batch.Outcome<String>> out = run(inputs(2), 2, 10, input -> {
      if (input.name().equals("f0")) {
        throw new IngestException("f0", IngestException.Reason.EMPTY, "empty file");
      }
      throw new IllegalStateException("boom\nsecond line");
    }, () -> { });
    assertThat(out).extracting(Batch.Outcome::error).containsExactly("empty file", "internal error: boom second line");
  }

  @Test
  void streamingKeepsOnlyAWindowOfInputsInFlight() throws Exception {
    // With 2 jobs at most 16 inputs run ahead of the one the sink waits for: a batch of thousands of files
    // never holds thousands of results.
    AtomicInteger started = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    List<Integer> startedWhenSeen = new ArrayList<>();
    Batch.stream(inputs(100), 2, 10, 120, input -> {
      started.incrementAndGet();
      return input.name();
    }, () -> { }, outcome -> {
      seen.add(outcome.result());
      startedWhenSeen.add(started.get());
    });
    assertThat(seen).hasSize(100).startsWith("f0", "f1", "f2").endsWith("f98", "f99");
    for (int i = 0; i < 100; i++) {
      assertThat(startedWhenSeen.get(i)).as("inputs started when f%d was handed over", i).isBetween(i + 1, i + 16);
    }
  }
}
