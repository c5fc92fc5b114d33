package io.nqx.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Pipeline;
import io.nqx.ingest.IngestException;
import io.nqx.ingest.Ingestor;
import io.nqx.targets.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nqx serve}: a long-running HTTP service that reads one document per request, for pipelines and
 * programs in other languages. Built on the JDK's {@code com.sun.net.httpserver}: it needs no dependency, and
 * every limit the service promises is enforced here, in front of the pipeline: the body size, a time limit per
 * request, and admission (at most {@code --concurrency} documents read at once and {@code --queue} waiting;
 * any more are answered 503 at once, so memory stays bounded).
 */
@Command(
    header = "Serve extraction over HTTP: POST a document, get the extract (or tasks) JSON back.",
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "POST /extract and POST /tasks take a document as the request body (or multipart/form-data with a file "
        + "part) and answer what 'nqx extract -f json' or 'nqx tasks -f json' gives for that one file; query "
        + "parameters: kinds (as --kinds), format (json, jsonl or csv), name (the source name; a multipart file "
        + "part names itself). GET /health and GET /version. A document that cannot be read is answered 422 with "
        + "its reason in \"errors\"; a body over --max-size 413; a full queue 503; a request over --timeout 504. "
        + "Listens on loopback unless --bind says otherwise; stops cleanly on SIGTERM or Ctrl-C."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped by a signal after finishing the requests in progress", "2:usage error, or the "
        + "address cannot be bound"})
final class ServeCommand implements Callable<Integer>, LongRunning {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "The TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one, printed at start).")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, loopback only; 0.0.0.0 for every one).")
  String bind;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Documents read at once (default: the number of cores).")
  Integer concurrency;

  @Option(names = "--queue", defaultValue = "64", paramLabel = "N",
      description = "Requests that may wait for a reader; beyond them the answer is 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
      description = "Answer 504 to a request not done after this many seconds (default: ${DEFAULT-VALUE}); each "
          + "page read by OCR adds --ocr-page-timeout.")
  int timeoutSeconds;

  @Option(names = "--max-size", defaultValue = "100M", paramLabel = "SIZE", converter = BatchOptions.SizeConverter.class,
      description = "Refuse bodies larger than SIZE with 413 (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--ocr", paramLabel = "WHEN", defaultValue = "auto", converter = BatchOptions.OcrModeConverter.class,
      description = "As for the reading commands: auto (default), always, never.")
  io.nqx.ingest.OcrMode ocr;

  @Option(names = "--ocr-page-timeout", defaultValue = "120", paramLabel = "SECONDS",
      description = "The time each OCR page may take, on top of --timeout (default: ${DEFAULT-VALUE}).")
  long ocrPageTimeout;

  @Mixin
  TaxonomyOption taxonomy;

  @Mixin
  AgenciesOption agencies;

  @Override
  public Integer call() throws Exception {
    int workers = concurrency != null && concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    Pipeline pipeline = io.nqx.pipeline.StandardPipeline.builder().taxonomy(taxonomy.load(spec.commandLine()))
        .agencies(agencies.load(spec.commandLine())).build();
    Ingestor ingestor = Ingestor.builder().maxBytes(maxBytes).ocr(ocr).ocrPageTimeout(ocrPageTimeout).build();
    Service service = new Service(pipeline, ingestor, workers, queue, timeoutSeconds, ocrPageTimeout, maxBytes);
    HttpServer server;
    try {
      server = service.start(new InetSocketAddress(bind, port));
    } catch (IOException e) {
      spec.commandLine().getErr().println("nqx: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return ExitCodes.USAGE_OR_NOTHING_READ;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      service.stop(server);
      stopped.countDown();
    }, "nqx-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    PrintWriter err = spec.commandLine().getErr();
    err.println("nqx: serving on http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
        + " (" + workers + " at once, " + queue + " waiting; POST /extract, POST /tasks, GET /health, GET /version)");
    err.flush();
    stopped.await();
    return 0;
  }

  /** The service: its routes, limits and pools; separate from the command so that tests run it in process. */
  static final class Service {
    private final Pipeline pipeline;
    private final Ingestor ingestor;
    private final ExecutorService readers;
    private final ThreadPoolExecutor handlers;
    private final Semaphore admission;
    private final int places;
    private final int timeoutSeconds;
    private final long ocrPageSeconds;
    private final long maxBytes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    Service(Pipeline pipeline, Ingestor ingestor, int workers, int queue, int timeoutSeconds, long ocrPageSeconds,
        long maxBytes) {
      this.pipeline = pipeline;
      this.ingestor = ingestor;
      this.timeoutSeconds = timeoutSeconds;
      this.ocrPageSeconds = ocrPageSeconds;
      this.maxBytes = maxBytes;
      this.places = workers + queue;
      this.admission = new Semaphore(places);
      this.readers = Executors.newFixedThreadPool(workers, daemon("nqx-serve-reader-"));
      // Connections are handled on a bounded pool: enough threads for every admitted request and a few that
      // answer 503 or /health at once while the readers are busy; beyond that, the accepting thread answers.
      int handlerThreads = workers + queue + 8;
      this.handlers = new ThreadPoolExecutor(handlerThreads, handlerThreads, 30, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(handlerThreads), daemon("nqx-serve-http-"), new ThreadPoolExecutor.CallerRunsPolicy());
      this.handlers.allowCoreThreadTimeOut(true);
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
      AtomicInteger n = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, prefix + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }

    HttpServer start(InetSocketAddress address) throws IOException {
      // TCP_NODELAY on the server's sockets: without it a keep-alive response waits out the client's delayed
      // ACK (measured: 75 ms a request for one client, against 25 ms of work). Read once, when the JDK's
      // server configuration is first loaded, hence before the server is made.
      if (System.getProperty("sun.net.httpserver.nodelay") == null) {
        System.setProperty("sun.net.httpserver.nodelay", "true");
      }
      HttpServer server = HttpServer.create(address, 128);
      server.setExecutor(handlers);
      server.createContext("/", this::handle);
      server.start();
      return server;
    }

    /**
     * Answers new requests 503, lets those in progress finish (up to the request timeout), then closes the
     * server and the pools. Not HttpServer.stop(delay) alone: on Java 17 it waits out the whole delay even
     * when nothing is in progress.
     */
    void stop(HttpServer server) {
      stopping = true;
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      while (inFlight.get() > 0 && System.nanoTime() < until) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      server.stop(0);
      readers.shutdown();
      handlers.shutdown();
      try {
        readers.awaitTermination(timeoutSeconds, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private void handle(HttpExchange exchange) throws IOException {
      inFlight.incrementAndGet();
      try (exchange) {
        if (stopping) {
          error(exchange, 503, "shutting down");
          return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
          case "/health" -> {
            if (!method.equals("GET") && !method.equals("HEAD")) {
              error(exchange, 405, "use GET");
              return;
            }
            ObjectNode o = DocumentJson.mapper().createObjectNode().put("status", "ok")
                .put("busy", admissionUsed());
            json(exchange, 200, o);
          }
          case "/version" -> {
            ObjectNode o = DocumentJson.mapper().createObjectNode().put("name", "nqx")
                .put("version", VersionProvider.version()).put("java", System.getProperty("java.version"));
            json(exchange, 200, o);
          }
          case "/extract", "/tasks" -> {
            if (!method.equals("POST")) {
              exchange.getResponseHeaders().set("Allow", "POST");
              error(exchange, 405, "use POST with the document as the body");
              return;
            }
            read(exchange, path.equals("/tasks"));
          }
          default -> error(exchange, 404, "no such path: " + path + " (POST /extract, POST /tasks, GET /health, "
              + "GET /version)");
        }
      } catch (IOException e) {
        // the client went away: nothing to answer
      } catch (RuntimeException e) {
        // a bug of ours: the client gets a 500 with the reason rather than a dropped connection
        try {
          error(exchange, 500, "internal error: " + e);
        } catch (IOException | RuntimeException ignored) {
          // the answer had begun; the connection is closed below
        }
      } finally {
        inFlight.decrementAndGet();
      }
    }

    /** Requests being read or waiting: the admission places taken. */
    private int admissionUsed() {
      return places - admission.availablePermits();
    }

    private void read(HttpExchange exchange, boolean tasks) throws IOException {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      java.util.Set<Kind> kinds;
      try {
        kinds = new KindsOption.KindsConverter().convert(query.getOrDefault("kinds", "target"));
      } catch (RuntimeException e) {
        error(exchange, 400, e.getMessage());
        return;
      }
      String format = query.getOrDefault("format", "json");
      if (!List.of("json", "jsonl", "csv").contains(format)) {
        error(exchange, 400, "format: json, jsonl or csv, not '" + format + "'");
        return;
      }
      String length = exchange.getRequestHeaders().getFirst("Content-Length");
      if (length != null && parseLong(length) > maxBytes) {
        error(exchange, 413, "body of " + length + " bytes is over the limit of " + maxBytes + " bytes");
        return;
      }
      if (!admission.tryAcquire()) {
        exchange.getResponseHeaders().set("Retry-After", "1");
        error(exchange, 503, "busy: every reader and queue place is taken; retry later");
        return;
      }
      try {
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
          error(exchange, 413, "body over the limit of " + maxBytes + " bytes");
          return;
        }
        String name = query.getOrDefault("name", "-");
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
          Multipart.Part part = Multipart.firstFile(body, type);
          if (part == null) {
            error(exchange, 400, "multipart/form-data without a file part");
            return;
          }
          body = part.content();
          if (part.filename() != null && !part.filename().isBlank()) {
            name = part.filename();
          }
        }
        respond(exchange, name, body, kinds, format, tasks);
      } finally {
        admission.release();
      }
    }

    private void respond(HttpExchange exchange, String name, byte[] body, Set<Kind> kinds, String format,
        boolean tasks) throws IOException {
      Inputs.Input input = new Inputs.Input(name, null);
      // only the record lists the answer shows: a CSV of targets needs no tasks
      List<RecordLayer<?>> layers = tasks ? List.of(RecordLayer.TASKS)
          : "csv".equals(format) ? List.of(RecordLayer.TARGETS) : RecordLayer.ALL;
      Set<Layer<?>> wanted = ExtractionOptions.layers(layers);
      // the batch's own attempt: the same deadline (with the OCR pages' budgets) and the same failure reasons
      Batch.Outcome<Doc> outcome = Batch.attempt(input, in -> pipeline.run(ingestor.read(body, name), wanted), readers,
          timeoutSeconds, ocrPageSeconds);
      if (outcome.cause() instanceof TimeoutException) {
        error(exchange, 504, name + ": " + outcome.error());
        return;
      }
      if (outcome.cause() instanceof InterruptedException || outcome.cause() instanceof CancellationException) {
        error(exchange, 503, "shutting down");
        return;
      }
      ObjectNode doc = DocumentJson.of(outcome, kinds, layers);
      int status = outcome.failed() ? (outcome.cause() instanceof IngestException ? 422 : 500) : 200;
      switch (format) {
        case "jsonl" -> send(exchange, status, "application/x-ndjson; charset=utf-8",
            (DocumentJson.mapper().writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8));
        case "csv" -> {
          StringWriter out = new StringWriter();
          CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader((tasks ? TasksCommand.csvColumns()
              : ExtractCommand.csvColumns()).toArray(String[]::new)).get());
          if (!outcome.failed()) {
            if (tasks) {
              TasksCommand.writeRows(csv, outcome);
            } else {
              ExtractCommand.writeRows(csv, outcome, kinds);
            }
          }
          csv.flush();
          send(exchange, status, "text/csv; charset=utf-8", out.toString().getBytes(StandardCharsets.UTF_8));
        }
        default -> {
          ArrayNode array = DocumentJson.mapper().createArrayNode().add(doc);
          send(exchange, status, "application/json; charset=utf-8",
              (DocumentJson.pretty().writeValueAsString(array) + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }

    /** The whole body, or null when it is longer than the limit (a chunked body has no length to check first). */
    private byte[] readBody(InputStream in) throws IOException {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          return null;
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }

    private static long parseLong(String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private static Map<String, String> query(String raw) {
      Map<String, String> out = new LinkedHashMap<>();
      if (raw == null || raw.isEmpty()) {
        return out;
      }
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        out.putIfAbsent(k, v);
      }
      return out;
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
      ObjectNode o = DocumentJson.mapper().createObjectNode().put("status", status).put("error", message);
      json(exchange, status, o);
    }

    private static void json(HttpExchange exchange, int status, ObjectNode o) throws IOException {
      send(exchange, status, "application/json; charset=utf-8",
          (DocumentJson.mapper().writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
      exchange.getResponseHeaders().set("Content-Type", type);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream os = exchange.getResponseBody()) {
          os.write(body);
        }
      }
    }
  }
}
