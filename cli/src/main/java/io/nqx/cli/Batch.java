package io.nqx.cli;

import io.nqx.ingest.IngestException;
import io.nqx.ingest.OcrClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per input on a pool of workers, each file under a time limit, and gives the outcomes back in
 * input order whatever order they finished in: the output of a batch is the same for any number of jobs.
 */
final class Batch {
  private Batch() {}

  /** The work done on one input. */
  interface Task<T> {
    T run(Inputs.Input input) throws Exception;
  }

  /** What became of one input: a result, or the one-line reason it failed. */
  record Outcome<T>(Inputs.Input input, T result, String error, Throwable cause) {
    boolean failed() {
      return error != null;
    }
  }

  /** Told each time an input is done, from whichever thread finished it. */
  interface Progress {
    void done();
  }

  /** Takes each outcome, in input order. */
  interface Sink<T, E extends Exception> {
    void accept(Outcome<T> outcome) throws E;
  }

  /** How many inputs may be read ahead of the one the sink waits for, per job. */
  private static final int AHEAD_PER_JOB = 8;

  /**
   * Hands each outcome to the sink in input order as soon as it and all before it are done. Only a window of
   * inputs is in flight at once, so a batch of thousands of files holds a few results in memory, not all.
   */
  static <T, E extends Exception> void stream(List<Inputs.Input> inputs, int jobs, int timeoutSeconds, long ocrPageSeconds,
      Task<T> task, Progress progress, Sink<T, E> sink) throws InterruptedException, E {
    int slotCount = Math.max(1, Math.min(jobs, inputs.size()));
    ExecutorService slots = Executors.newFixedThreadPool(slotCount, daemons("nqx-slot"));
    // The work itself runs on its own thread so that a slot can give up on it when time runs out, even if
    // the parser never looks at its interrupt flag; such a thread is a daemon and dies with the JVM.
    ExecutorService workers = Executors.newCachedThreadPool(daemons("nqx-worker"));
    int window = slotCount * AHEAD_PER_JOB;
    try {
      ArrayDeque<Future<Outcome<T>>> pending = new ArrayDeque<>();
      int submitted = 0;
      for (int emitted = 0; emitted < inputs.size(); emitted++) {
        while (submitted < inputs.size() && pending.size() < window) {
          Inputs.Input input = inputs.get(submitted++);
          pending.add(slots.submit(() -> {
            Outcome<T> outcome = attempt(input, task, workers, timeoutSeconds, ocrPageSeconds);
            progress.done();
            return outcome;
          }));
        }
        Outcome<T> outcome;
        try {
          outcome = pending.remove().get();
        } catch (ExecutionException e) {
          outcome = new Outcome<>(inputs.get(emitted), null, "internal error: " + e.getCause(), e.getCause());
        }
        sink.accept(outcome);
      }
    } finally {
      slots.shutdownNow();
      workers.shutdownNow();
    }
  }

  /**
   * Runs one input's task on the workers and waits for it: up to the timeout, plus the budget of each page OCR
   * starts meanwhile; a failure becomes its one-line reason (nqx serve answers each request with this too).
   */
  static <T> Outcome<T> attempt(Inputs.Input input, Task<T> task, ExecutorService workers, int timeoutSeconds,
      long ocrPageSeconds) {
    AtomicInteger ocrPages = new AtomicInteger();
    Future<T> work = workers.submit(() -> OcrClock.counting(ocrPages, () -> task.run(input)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    try {
      while (true) {
        // each page OCR starts adds its own budget to the file's: the wait goes on while pages keep starting
        int pages = ocrPages.get();
        long left = deadline + TimeUnit.SECONDS.toNanos(ocrPageSeconds) * pages - System.nanoTime();
        try {
          return new Outcome<>(input, work.get(Math.max(left, 0), TimeUnit.NANOSECONDS), null, null);
        } catch (TimeoutException e) {
          if (ocrPages.get() == pages) {
            work.cancel(true);
            return new Outcome<>(input, null, "timed out after " + timeoutSeconds + " s"
                + (pages > 0 ? " and " + pages + " OCR pages of " + ocrPageSeconds + " s" : ""), e);
          }
        }
      }
    } catch (InterruptedException | CancellationException e) {
      work.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome<>(input, null, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IngestException ingest) {
        return new Outcome<>(input, null, Failures.reason(ingest), ingest);
      }
      if (cause instanceof FileException) {
        return new Outcome<>(input, null, cause.getMessage(), cause);
      }
      if (cause instanceof OutOfMemoryError) {
        return new Outcome<>(input, null, "out of memory (raise -Xmx in NQX_JAVA_OPTS, or split the file)", cause);
      }
      String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
      return new Outcome<>(input, null, "internal error: " + message.replaceAll("\\s+", " ").strip(), cause);
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
