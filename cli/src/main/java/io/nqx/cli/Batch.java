package io.nqx.cli;

import io.nqx.ingest.IngestException;
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

  static <T> List<Outcome<T>> run(List<Inputs.Input> inputs, int jobs, int timeoutSeconds, Task<T> task,
      Progress progress) throws InterruptedException {
    ExecutorService slots = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, inputs.size())), daemons("nqx-slot"));
    // The work itself runs on its own thread so that a slot can give up on it when time runs out, even if
    // the parser never looks at its interrupt flag; such a thread is a daemon and dies with the JVM.
    ExecutorService workers = Executors.newCachedThreadPool(daemons("nqx-worker"));
    try {
      List<Future<Outcome<T>>> futures = new ArrayList<>();
      for (Inputs.Input input : inputs) {
        futures.add(slots.submit(() -> {
          Outcome<T> outcome = attempt(input, task, workers, timeoutSeconds);
          progress.done();
          return outcome;
        }));
      }
      List<Outcome<T>> outcomes = new ArrayList<>(inputs.size());
      for (int i = 0; i < futures.size(); i++) {
        try {
          outcomes.add(futures.get(i).get());
        } catch (ExecutionException e) {
          outcomes.add(new Outcome<>(inputs.get(i), null, "internal error: " + e.getCause(), e.getCause()));
        }
      }
      return outcomes;
    } finally {
      slots.shutdownNow();
      workers.shutdownNow();
    }
  }

  private static <T> Outcome<T> attempt(Inputs.Input input, Task<T> task, ExecutorService workers, int timeoutSeconds) {
    Future<T> work = workers.submit(() -> task.run(input));
    try {
      return new Outcome<>(input, work.get(timeoutSeconds, TimeUnit.SECONDS), null, null);
    } catch (TimeoutException e) {
      work.cancel(true);
      return new Outcome<>(input, null, "timed out after " + timeoutSeconds + " s", e);
    } catch (InterruptedException | CancellationException e) {
      work.cancel(true);
      Thread.currentThread().interrupt();
      return new Outcome<>(input, null, "interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IngestException ingest) {
        return new Outcome<>(input, null, ingest.getMessage(), ingest);
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
