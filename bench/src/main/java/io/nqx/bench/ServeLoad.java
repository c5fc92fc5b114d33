package io.nqx.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load for {@code nqx serve}: C clients, each on its own keep-alive HTTP/1.1 connection, POST one document to
 * /extract N times in a row after a warm-up; prints requests per second and the p50 and p99 latency.
 *
 * <pre>java -cp ... io.nqx.bench.ServeLoad http://127.0.0.1:PORT FILE REQUESTS_PER_CLIENT CLIENTS...</pre>
 */
public final class ServeLoad {
  private ServeLoad() {}

  public static void main(String[] args) throws Exception {
    URI uri = URI.create(args[0] + "/extract?name=" + Path.of(args[1]).getFileName());
    byte[] body = Files.readAllBytes(Path.of(args[1]));
    int perClient = Integer.parseInt(args[2]);
    System.out.println("| clients | requests | req/s | p50 ms | p99 ms |");
    System.out.println("|---------|----------|-------|--------|--------|");
    for (int a = 3; a < args.length; a++) {
      int clients = Integer.parseInt(args[a]);
      run(uri, body, clients, Math.max(20, perClient / 5)); // warm-up, not counted
      long[] latencies = new long[clients * perClient];
      long t0 = System.nanoTime();
      List<long[]> parts = run(uri, body, clients, perClient);
      long wall = System.nanoTime() - t0;
      int k = 0;
      for (long[] p : parts) {
        System.arraycopy(p, 0, latencies, k, p.length);
        k += p.length;
      }
      Arrays.sort(latencies);
      System.out.printf("| %7d | %8d | %5.0f | %6.1f | %6.1f |%n", clients, latencies.length,
          latencies.length / (wall / 1e9), latencies[latencies.length / 2] / 1e6,
          latencies[(int) Math.ceil(latencies.length * 0.99) - 1] / 1e6);
    }
  }

  private static List<long[]> run(URI uri, byte[] body, int clients, int perClient) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        // one client, one connection: the JDK client keeps it alive between requests
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        long[] out = new long[perClient];
        for (int i = 0; i < perClient; i++) {
          long s = System.nanoTime();
          HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build(), HttpResponse.BodyHandlers.ofByteArray());
          out[i] = System.nanoTime() - s;
          if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body()));
          }
        }
        return out;
      }));
    }
    List<long[]> out = new ArrayList<>();
    for (Future<long[]> f : futures) {
      out.add(f.get());
    }
    pool.shutdown();
    return out;
  }
}
