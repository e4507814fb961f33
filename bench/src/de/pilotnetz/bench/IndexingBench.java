package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/**
 * The indexing part: a full rebuild from the database ({@code POST /api/admin/reindex}, polled
 * until done) and write → searchable latency (create a case with a unique word, poll search every
 * ~5 ms). The case request is built in {@link #newCase}, the one place to adapt when the case API
 * settles.
 */
final class IndexingBench {

  private IndexingBench() {}

  static void run() throws Exception {
    Http h = new Http(Bench.base());
    String admin = h.login(Http.ADMIN);
    rebuild(h, admin);
    writeToSearchable(h);
  }

  private static void rebuild(Http h, String admin) throws Exception {
    HttpResponse<String> start = h.postJson("/api/admin/reindex", "", admin);
    if (start.statusCode() == 404 || start.statusCode() == 405) {
      Bench.skipped("indexing: full rebuild docs/s", "feature missing");
      return;
    }
    long until = System.nanoTime() + Duration.ofMinutes(30).toNanos();
    JsonObject s = null;
    while (System.nanoTime() < until) {
      Thread.sleep(200);
      s = Http.json(h.get("/api/admin/reindex", admin).body());
      String state = s.getString("state");
      if (state.equals("done") || state.equals("failed")) {
        break;
      }
    }
    if (s == null || !"done".equals(s.getString("state"))) {
      Bench.row("indexing: full rebuild", "did not finish: " + s, "–", "–", "≥ 3000 docs/s", "FAIL");
      return;
    }
    long indexed = s.getJsonNumber("indexed").longValue();
    if (indexed == 0) {
      Bench.skipped("indexing: full rebuild docs/s",
          "feature missing (no document source in the database: cases and threads not landed)");
      return;
    }
    double secs = Duration.between(Instant.parse(s.getString("startedAt")),
        Instant.parse(s.getString("finishedAt"))).toMillis() / 1000.0;
    double rate = indexed / Math.max(secs, 0.001);
    Bench.row("indexing: full rebuild from the database (" + indexed + " docs)",
        Bench.fmt(rate) + " docs/s", "–", "–", "≥ 3000 docs/s", Bench.verdict(rate, 3000, false));
  }

  /** The body of a new case carrying {@code word}; fields as in the import format. */
  static String newCase(String word, Long municipalityId) {
    return "{\"title\":\"Messfall " + word + "\",\"summary\":\"Ein Testfall der Messung.\","
        + "\"body\":\"Der Fall enthält das Wort " + word + ".\",\"topic\":\"Breitband\","
        + "\"phase\":\"Pilot\",\"tags\":[\"Messung\"],\"lessonsGood\":\"–\",\"lessonsBad\":\"–\","
        + "\"kpis\":[],\"visibility\":\"PUBLIC\""
        + (municipalityId == null ? "" : ",\"municipalityId\":" + municipalityId) + "}";
  }

  private static void writeToSearchable(Http h) throws Exception {
    String mayor = h.login(Http.MAYOR);
    HttpResponse<String> probe = h.get("/api/cases", mayor);
    if (probe.statusCode() == 404 || probe.statusCode() == 405) {
      Bench.skipped("indexing: write → searchable p50/p95/p99", "feature missing (no /api/cases)");
      return;
    }
    JsonObject me = Http.json(h.get("/api/me", mayor).body());
    Long muni = me.containsKey("municipalityId") && !me.isNull("municipalityId")
        ? me.getJsonNumber("municipalityId").longValue() : null;
    int n = Bench.smoke() ? 50 : 1000;
    long[] nanos = new long[n];
    int lost = 0;
    for (int i = 0; i < n; i++) {
      String word = "messwort" + Long.toString(System.nanoTime(), 36) + i;
      HttpResponse<String> r = h.postJson("/api/cases", newCase(word, muni), mayor);
      if (r.statusCode() / 100 == 2) {
        // A new case is a draft; only published cases are searchable, so publishing is the write.
        long id = Http.json(r.body()).getJsonNumber("id").longValue();
        r = h.postJson("/api/cases/" + id + "/publish", "", mayor);
      }
      long t0 = System.nanoTime();
      if (r.statusCode() / 100 != 2) {
        Bench.row("indexing: write → searchable", "case create/publish answered " + r.statusCode() + " "
            + r.body().substring(0, Math.min(200, r.body().length())), "–", "–", "–", "FAIL");
        return;
      }
      boolean found = false;
      long until = t0 + 10_000_000_000L;
      while (!found && System.nanoTime() < until) {
        found = Http.json(h.get("/api/search?q=" + word, mayor).body()).getJsonNumber("total").longValue() > 0;
        if (!found) {
          Thread.sleep(5);
        }
      }
      nanos[i] = System.nanoTime() - t0;
      lost += found ? 0 : 1;
    }
    Arrays.sort(nanos);
    double p95 = Load.pct(nanos, 95);
    Bench.row("indexing: write → searchable (" + n + " writes)", String.format(Locale.ROOT,
        "p50 %.0f / p95 %.0f / p99 %.0f ms", Load.pct(nanos, 50), p95, Load.pct(nanos, 99)),
        "–", "–", "p95 ≤ 250 ms", Bench.verdict(p95, 250, true));
    Bench.correctness("indexing: writes not searchable within 10 s", lost, "0", lost == 0);
  }
}
