package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import part: streams the corpus file (chunked) to {@code POST /api/admin/import} and samples
 * the server's heap with {@code jcmd GC.heap_info} meanwhile. A 404 or 405 means the case library
 * has not landed: the part is skipped and {@code import-missing} written to the work folder.
 */
final class ImportBench {

  private static final Pattern USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

  private ImportBench() {}

  static void run() throws Exception {
    Http h = new Http(Bench.base());
    String token = h.login(Http.ADMIN);
    HttpResponse<String> probe = h.postJson("/api/admin/import", "[]", token);
    if (probe.statusCode() == 404 || probe.statusCode() == 405) {
      Files.writeString(Bench.work().resolve("import-missing"), "yes\n");
      Bench.skipped("import items/s and peak heap", "feature missing (POST /api/admin/import "
          + probe.statusCode() + ")");
      return;
    }
    Files.deleteIfExists(Bench.work().resolve("import-missing"));
    Path file = Path.of(System.getProperty("bench.corpus"));
    long pid = Long.getLong("bench.serverPid", -1);
    AtomicLong peakKiB = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted() && pid > 0) {
        peakKiB.accumulateAndGet(heapUsedKiB(pid), Math::max);
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    HttpResponse<String> r = h.client.send(h.request("/api/admin/import")
        .timeout(Duration.ofMinutes(60))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(file))).build(),
        HttpResponse.BodyHandlers.ofString());
    double secs = (System.nanoTime() - t0) / 1e9;
    sampler.interrupt();
    sampler.join(10_000); // a hanging jcmd must not hang the bench
    if (r.statusCode() / 100 != 2) {
      Bench.correctness("import answered " + r.statusCode(), 1, "2xx", false);
      return;
    }
    JsonObject o = Http.json(r.body());
    int imported = o.getInt("imported");
    int failed = o.containsKey("failed") ? o.getJsonArray("failed").size() : 0;
    Bench.row("import items/s (" + imported + " imported, " + failed + " failed)",
        Bench.fmt(imported / secs), "–", "–", "–", "info");
    Bench.row("import peak heap used (jcmd GC.heap_info every 0.5 s)",
        peakKiB.get() / 1024 + " MiB", "–", "–", "–", "info");
    Bench.correctness("import: items not imported", Bench.size() - imported, "0",
        imported == Bench.size());
    awaitIndexed(h, token);
  }

  /** Waits until the index has applied every change (lag 0), at most 30 minutes. */
  static void awaitIndexed(Http h, String token) throws Exception {
    long until = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    while (System.nanoTime() < until) {
      JsonObject s = Http.json(h.get("/api/admin/reindex", token).body());
      if (s.getBoolean("ready", false) && !s.isNull("lag") && s.getJsonNumber("lag").longValue() == 0) {
        return;
      }
      Thread.sleep(500);
    }
  }

  private static InputStream open(Path p) {
    try {
      return Files.newInputStream(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long heapUsedKiB(long pid) {
    try {
      Process p = new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info")
          .redirectErrorStream(true).start();
      // jcmd can hang attaching to a busy JVM: give it 5 s, then give up on this sample.
      if (!p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return 0;
      }
      String out = new String(p.getInputStream().readAllBytes());
      Matcher m = USED.matcher(out);
      return m.find() ? Long.parseLong(m.group(1)) : 0;
    } catch (Exception e) {
      return 0;
    }
  }
}
