package io.nqx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.nqx.document.Doc;
import io.nqx.document.Layer;
import io.nqx.document.Pipeline;
import io.nqx.document.Stage;
import io.nqx.ingest.Ingestor;
import io.nqx.pipeline.StandardPipeline;
import io.nqx.sections.Outline;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nqx serve in process, on a free loopback port, with documents written for the test. */
class ServeTest {
  private static final String PLAN = "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\n\nSố: 7/KH-UBND\n\nKẾ HOẠCH\n\nThực hiện Nghị quyết số "
      + "42-NQ/TW của Ban Chấp hành Trung ương,\n\nII. MỤC TIÊU\n\n2. Chỉ tiêu chủ yếu đến năm 2030\n\n"
      + "- Tỷ lệ thất nghiệp khu vực thành thị dưới 2,4%.\n- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.\n\n"
      + "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, hoàn thành trong "
      + "Quý II/2025.\n";
  private static final byte[] BROKEN = "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII);

  private final HttpClient client = HttpClient.newHttpClient();
  private final List<Runnable> stops = new ArrayList<>();

  @TempDir
  Path dir;

  @AfterEach
  void stop() {
    stops.forEach(Runnable::run);
  }

  private URI start(Pipeline pipeline, int workers, int queue, int timeout, long maxBytes) throws Exception {
    ServeCommand.Service service = new ServeCommand.Service(pipeline, Ingestor.builder().maxBytes(maxBytes).build(),
        workers, queue, timeout, 120, maxBytes);
    HttpServer server = service.start(new InetSocketAddress("127.0.0.1", 0));
    stops.add(() -> service.stop(server));
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private URI start() throws Exception {
    return start(StandardPipeline.create(), 2, 200, 60, 1_000_000);
  }

  private HttpResponse<String> post(URI base, String path, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void extractAnswersWhatExtractJsonGivesForTheFile() throws Exception {
    URI base = start();
    Path file = Files.writeString(dir.resolve("plan.md"), PLAN, StandardCharsets.UTF_8);
    HttpResponse<String> r = post(base, "/extract?name=" + file, PLAN.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
    assertThat(r.body()).isEqualTo(CliRun.nqx("extract", file.toString()).out());
    JsonNode doc = DocumentJson.mapper().readTree(r.body()).get(0);
    assertThat(doc.get("targets")).extracting(t -> t.get("indicator").asText())
        .containsExactly("unemployment_rate_urban", "poverty_rate_annual_reduction");
    assertThat(doc.get("tasks").get(0).get("agency").asText()).isEqualTo("Sở Y tế");
    assertThat(doc.get("document").get("implements")).extracting(JsonNode::asText).containsExactly("42-NQ/TW");

    HttpResponse<String> tasks = post(base, "/tasks?name=" + file, PLAN.getBytes(StandardCharsets.UTF_8));
    assertThat(tasks.body()).isEqualTo(CliRun.nqx("tasks", file.toString()).out());
    HttpResponse<String> csv = post(base, "/extract?format=csv&kinds=all&name=p.md", PLAN.getBytes(StandardCharsets.UTF_8));
    assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(csv.body().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ExtractCommand.csvColumns()));
    assertThat(csv.body().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("p.md,"));
  }

  @Test
  void aMultipartFileNamesItselfAndABrokenFileIs422WithItsReason() throws Exception {
    URI base = start();
    String boundary = "nqx-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dir/kh.md\"\r\n"
        + "Content-Type: text/markdown\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] plan = PLAN.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + plan.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(plan, 0, body, head.length, plan.length);
    System.arraycopy(tail, 0, body, head.length + plan.length, tail.length);
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/extract"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = DocumentJson.mapper().readTree(r.body()).get(0);
    assertThat(doc.get("source").asText()).isEqualTo("kh.md");
    assertThat(doc.get("targets")).hasSize(2);

    HttpResponse<String> bad = post(base, "/extract?name=scan.pdf", BROKEN);
    assertThat(bad.statusCode()).isEqualTo(422);
    JsonNode failed = DocumentJson.mapper().readTree(bad.body()).get(0);
    assertThat(failed.get("document").isNull()).isTrue();
    assertThat(failed.get("errors").get(0).asText()).startsWith("cannot parse as application/pdf");
  }

  @Test
  void healthVersionAndWrongRequests() throws Exception {
    URI base = start(StandardPipeline.create(), 1, 1, 60, 100);
    HttpResponse<String> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(DocumentJson.mapper().readTree(health.body()).get("status").asText()).isEqualTo("ok");
    HttpResponse<String> version = client.send(HttpRequest.newBuilder(base.resolve("/version")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(DocumentJson.mapper().readTree(version.body()).get("version").asText()).isEqualTo(VersionProvider.version());
    assertThat(client.send(HttpRequest.newBuilder(base.resolve("/nothing")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(client.send(HttpRequest.newBuilder(base.resolve("/extract")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
    HttpResponse<String> big = post(base, "/extract", new byte[101]);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(DocumentJson.mapper().readTree(big.body()).get("error").asText())
        .isEqualTo("body of 101 bytes is over the limit of 100 bytes");
    assertThat(post(base, "/extract?kinds=nonsense", new byte[1]).statusCode()).isEqualTo(400);
  }

  @Test
  void aHundredConcurrentRequestsOfGoodAndBrokenFilesAllGetTheirAnswer() throws Exception {
    URI base = start(StandardPipeline.create(), 2, 100, 60, 1_000_000);
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      byte[] body = i % 3 == 2 ? BROKEN : PLAN.replace("2,4%", (i % 9) + ",5%").getBytes(StandardCharsets.UTF_8);
      answers.add(client.sendAsync(HttpRequest.newBuilder(base.resolve("/extract?name=f" + i + ".md"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    for (int i = 0; i < 100; i++) {
      HttpResponse<String> r = answers.get(i).join();
      JsonNode doc = DocumentJson.mapper().readTree(r.body()).get(0);
      assertThat(doc.get("source").asText()).isEqualTo("f" + i + ".md");
      if (i % 3 == 2) {
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(doc.get("targets")).isEmpty();
      } else {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(doc.get("targets").get(0).get("value").decimalValue())
            .isEqualByComparingTo((i % 9) + ".5");
      }
    }
  }

  /**
   * The standard pipeline whose outline stage (which every answer needs) first waits until released: a
   * document that takes as long as the test wants.
   */
  private static Pipeline blocking(CountDownLatch release, CountDownLatch entered) {
    List<Stage<?>> stages = new ArrayList<>();
    for (Stage<?> s : StandardPipeline.create().stages()) {
      stages.add(s.adds().equals(Outline.LAYER) ? waiting(s, release, entered) : s);
    }
    return Pipeline.of(stages);
  }

  private static <T> Stage<T> waiting(Stage<T> stage, CountDownLatch release, CountDownLatch entered) {
    return new Stage<T>() {
      @Override
      public Layer<T> adds() {
        return stage.adds();
      }

      @Override
      public Set<Layer<?>> needs() {
        return stage.needs();
      }

      @Override
      public T apply(Doc doc) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return stage.apply(doc);
      }
    };
  }

  @Test
  void aFullQueueAnswers503AtOnceAndASlowDocument504() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch entered = new CountDownLatch(1);
    URI base = start(blocking(release, entered), 1, 0, 60, 1_000_000);
    try {
      CompletableFuture<HttpResponse<String>> first = client.sendAsync(HttpRequest.newBuilder(base.resolve("/extract"))
          .POST(HttpRequest.BodyPublishers.ofString(PLAN)).build(), HttpResponse.BodyHandlers.ofString());
      entered.await();
      HttpResponse<String> second = post(base, "/extract", PLAN.getBytes(StandardCharsets.UTF_8));
      assertThat(second.statusCode()).isEqualTo(503);
      assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
      release.countDown();
      assertThat(first.join().statusCode()).isEqualTo(200);
    } finally {
      release.countDown();
    }

    CountDownLatch never = new CountDownLatch(1);
    URI slow = start(blocking(never, new CountDownLatch(1)), 1, 1, 1, 1_000_000);
    try {
      HttpResponse<String> late = post(slow, "/extract?name=slow.md", PLAN.getBytes(StandardCharsets.UTF_8));
      assertThat(late.statusCode()).isEqualTo(504);
      assertThat(DocumentJson.mapper().readTree(late.body()).get("error").asText())
          .isEqualTo("slow.md: timed out after 1 s");
    } finally {
      never.countDown();
    }
  }
}
