package de.pilotnetz.bench;

import de.pilotnetz.search.AnalysisResources;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.GermanAnalysis;
import de.pilotnetz.search.LuceneIndex;
import de.pilotnetz.search.Ranking;
import de.pilotnetz.search.SearchDocument;
import de.pilotnetz.search.SearchRequest;
import de.pilotnetz.search.Searcher;
import de.pilotnetz.search.Viewer;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The search part: one fixed query list, run over HTTP against the server, in process against the
 * same index directory with the server's own {@link Searcher} (the limit), and against PostgreSQL
 * full-text search on the same corpus. Anonymous everywhere: PUBLIC documents only.
 */
final class SearchBench {

  static final int[] CONCURRENCY = {1, 4, 16};

  /** A query of the list: text plus optional type, topic and state filters. */
  record Q(String q, String type, String topic, String state) {}

  static final List<Q> QUERIES = List.of(
      q("Glasfaser"), q("Breitband"), q("Ladesäulen"), q("Bürgerportal"), q("Telemedizin"),
      q("Photovoltaik"), q("Schulen"), q("Sensoren"), q("Mängelmelder"), q("Carsharing"),
      q("Glasfaserausbau"), q("Breitbandförderung"), q("Ladeinfrastruktur"),
      q("Bürgerbeteiligungsplattform"), q("Leerrohrmitverlegung"), q("Parkraummanagement"),
      q("\"Ausbau der Glasfaser\""), q("\"digitaler Bauantrag\""), q("\"Kommunale Wärmeplanung\""),
      q("\"weiße Flecken\""), q("Breitbnad"), q("Glasfasr"), q("Telemedzin"), q("Photovoltaig"),
      q("Buergerportal"), q("Foerderung"), q("Schueler"), q("Waermepumpen"), q("OZG"), q("ÖPNV"),
      q("WLAN"), q("KI"), q("EfA"), q("FTTH"), q("Förderung Tiefbau Kosten"),
      q("Wie organisiert man den Glasfaserausbau im ländlichen Raum?"),
      q("Stadtwerke -Energie"), q("Datenschutz zu spät geklärt"),
      new Q("Glasfaser", "case", null, null), new Q("Förderung", "thread", null, null),
      new Q("App", null, "Mobilität", null), new Q("Plattform", null, "Bürgerbeteiligung", null),
      new Q("Ausbau", null, null, "Bayern"), new Q("Sensoren", "case", "Smart City", "Hessen"),
      new Q("Wunsiedel", null, null, null), new Q("Schwäbisch Hall", null, null, null),
      new Q("title:(a AND", null, null, null), new Q("Projekt Nr. 4711", null, null, null));

  private static Q q(String text) {
    return new Q(text, null, null, null);
  }

  private SearchBench() {}

  static Path indexDir() {
    return Path.of(System.getProperty("bench.index", Bench.work().resolve("index").toString()));
  }

  static GermanAnalysis analysis() {
    return new GermanAnalysis(AnalysisResources.load(Path.of("search-index")));
  }

  /** The corpus item as the search documents a case or thread feature would hand over. */
  static SearchDocument document(Corpus.Item it) {
    long id = it.n() + 1L;
    Instant created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * it.n());
    if (!it.isCase()) {
      return new SearchDocument(DocType.THREAD, id, it.title(), null, it.body(), null,
          String.join("\n", it.answers()), it.tags(), it.municipality(), it.state(), it.topic(),
          null, it.population(), Boolean.FALSE, "PUBLIC", Set.of(), null, "Bench", created,
          "/threads/" + id);
    }
    return new SearchDocument(DocType.CASE, id, it.title(), it.summary(), caseBody(it),
        it.lessonsGood() + "\n" + it.lessonsBad(), null, it.tags(), it.municipality(), it.state(),
        it.topic(), it.phase(), it.population(), null, it.visibility(), Set.of(), null, "Bench",
        created, "/cases/" + id);
  }

  /** Body plus KPI names, as a case's search document carries them. */
  static String caseBody(Corpus.Item it) {
    StringBuilder b = new StringBuilder(it.body()).append("\nKennzahlen:");
    it.kpis().forEach(k -> b.append(' ').append(k.name()).append(" (").append(k.unit()).append(')'));
    return b.toString();
  }

  /**
   * Writes the corpus into a new index in the server's format (analyzer version and watermark 0 in
   * the commit), for when the server cannot import yet; the server then serves it as its own.
   */
  static void buildIndex() throws IOException {
    Path dir = indexDir();
    if (Files.exists(dir)) {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(dir);
    long t0 = System.nanoTime();
    int[] count = {0};
    try (FSDirectory fs = FSDirectory.open(dir); LuceneIndex index = new LuceneIndex(fs, analysis())) {
      Corpus.forEach(Bench.size(), Bench.seed(), it -> {
        try {
          index.upsert(document(it));
          count[0]++;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      index.commit(Map.of("watermark", "0", "generation", "0"));
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Bench.row("index build in process (bench writes " + count[0] + " docs with LuceneIndex, no DB)",
        Bench.fmt(count[0] / secs) + " docs/s", "–", "–", "–", "info");
  }

  // ---- the three systems ----

  static void http() throws Exception {
    Http h = new Http(Bench.base());
    AtomicLong fiveXX = new AtomicLong();
    AtomicLong empty = new AtomicLong();
    List<String> paths = new ArrayList<>();
    for (Q q : QUERIES) {
      StringBuilder p = new StringBuilder("/api/search?q=").append(enc(q.q()));
      if (q.type() != null) p.append("&type=").append(q.type());
      if (q.topic() != null) p.append("&topic=").append(enc(q.topic()));
      if (q.state() != null) p.append("&state=").append(enc(q.state()));
      paths.add(p.toString());
    }
    for (String p : paths) {
      HttpResponse<String> r = h.get(p, null);
      if (r.statusCode() != 200 || Http.json(r.body()).getJsonNumber("total").longValue() == 0) {
        empty.incrementAndGet();
      }
    }
    // The load runs use the lean client (see RawHttp); -Dbench.httpClient=jdk the JDK's.
    boolean jdk = "jdk".equals(System.getProperty("bench.httpClient"));
    RawHttp raw = new RawHttp(Bench.base());
    for (int c : CONCURRENCY) {
      Load.Result r = Load.run(c, i -> {
        String path = paths.get(i % paths.size());
        int status = jdk ? h.get(path, null).statusCode() : raw.get(path);
        if (status >= 500) {
          fiveXX.incrementAndGet();
        }
        return status == 200;
      });
      report("http", r);
    }
    Bench.remember("http.zero", empty.get());
    Bench.correctness("search HTTP 5xx answers", fiveXX.get(), "0", fiveXX.get() == 0);
  }

  static void lucene() throws Exception {
    GermanAnalysis analysis = analysis();
    try (FSDirectory dir = FSDirectory.open(indexDir())) {
      SearcherManager sm = new SearcherManager(dir, Ranking.searcherFactory());
      Searcher searcher = new Searcher(sm, analysis);
      List<SearchRequest> reqs = new ArrayList<>();
      for (Q q : QUERIES) {
        reqs.add(new SearchRequest(q.q(), q.type() == null ? null : DocType.valueOf(q.type().toUpperCase()),
            q.topic(), q.state(), null, null, null, 0, 10));
      }
      Viewer anon = Viewer.anonymousVisitor();
      if (Boolean.getBoolean("bench.profile")) {
        profile(searcher, reqs, anon);
      }
      for (int c : Boolean.getBoolean("bench.profileOnly") ? new int[0] : CONCURRENCY) {
        report("lucene", Load.run(c, i -> {
          searcher.search(reqs.get(i % reqs.size()), anon);
          return true;
        }));
      }
      sm.close();
    }
  }

  /**
   * Prints each query's median wall and CPU time, single-threaded, to find the slow kinds. CPU time
   * is what to compare on a shared machine, where wall time mostly measures the neighbours.
   */
  private static void profile(Searcher searcher, List<SearchRequest> reqs, Viewer anon)
      throws IOException {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 20; round++) {
      for (SearchRequest r : reqs) {
        searcher.search(r, anon);
      }
    }
    double wallSum = 0;
    double cpuSum = 0;
    for (SearchRequest r : reqs) {
      long[] wall = new long[9];
      long[] cpu = new long[wall.length];
      long total = 0;
      for (int i = 0; i < wall.length; i++) {
        long c = threads.getCurrentThreadCpuTime();
        long s = System.nanoTime();
        total = searcher.search(r, anon).total();
        wall[i] = System.nanoTime() - s;
        cpu[i] = threads.getCurrentThreadCpuTime() - c;
      }
      java.util.Arrays.sort(wall);
      java.util.Arrays.sort(cpu);
      wallSum += wall[wall.length / 2] / 1e6;
      cpuSum += cpu[cpu.length / 2] / 1e6;
      System.out.printf("profile %8.2f ms wall %8.2f ms cpu  total %6d  %s%n",
          wall[wall.length / 2] / 1e6, cpu[cpu.length / 2] / 1e6, total, r.q());
    }
    System.out.printf("profile mean of medians: %.2f ms wall, %.2f ms cpu%n",
        wallSum / reqs.size(), cpuSum / reqs.size());
  }

  static void postgres() throws Exception {
    String db = "pilotnetz_bench_" + ProcessHandle.current().pid();
    String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
    try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("create database " + db);
    } catch (SQLException e) {
      Bench.skipped("search PostgreSQL FTS reference", "PostgreSQL does not answer on 127.0.0.1:5432");
      return;
    }
    String url = "jdbc:postgresql://127.0.0.1:5432/" + db + "?reWriteBatchedInserts=true";
    try {
      long t0 = System.nanoTime();
      load(url);
      Bench.row("PostgreSQL FTS load (insert + tsvector + GIN, " + Bench.size() + " docs)",
          Bench.fmt((System.nanoTime() - t0) / 1e9) + " s", "–", "–", "–", "info");
      ThreadLocal<Connection> conns = ThreadLocal.withInitial(() -> {
        try {
          return DriverManager.getConnection(url, "postgres", "postgres");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      List<Connection> all = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int c : CONCURRENCY) {
        report("pg", Load.run(c, i -> {
          Connection con = conns.get();
          if (!all.contains(con)) all.add(con);
          Q q = QUERIES.get(i % QUERIES.size());
          StringBuilder sql = new StringBuilder("select id, title, ts_rank(tsv, q) as r from doc, "
              + "websearch_to_tsquery('german', ?) q where tsv @@ q and visibility = 'PUBLIC'");
          List<String> args = new ArrayList<>(List.of(q.q()));
          if (q.type() != null) { sql.append(" and type = ?"); args.add(q.type()); }
          if (q.topic() != null) { sql.append(" and topic = ?"); args.add(q.topic()); }
          if (q.state() != null) { sql.append(" and state = ?"); args.add(q.state()); }
          sql.append(" order by r desc limit 10");
          try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
            for (int k = 0; k < args.size(); k++) ps.setString(k + 1, args.get(k));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rs.getString(2);
              }
            }
          }
          return true;
        }));
      }
      for (Connection con : all) con.close();
    } finally {
      try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + db + " with (force)");
      }
    }
  }

  private static void load(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      try (Statement s = c.createStatement()) {
        s.execute("create table doc (id bigint primary key, type text, title text, summary text, "
            + "body text, lessons text, answers text, tags text, municipality text, state text, "
            + "topic text, visibility text)");
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(
          "insert into doc values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        int[] n = {0};
        Corpus.forEach(Bench.size(), Bench.seed(), it -> {
          SearchDocument d = document(it);
          try {
            ps.setLong(1, it.n() + 1L);
            ps.setString(2, d.type().name().toLowerCase());
            ps.setString(3, d.title());
            ps.setString(4, d.summary());
            ps.setString(5, d.body());
            ps.setString(6, d.lessons());
            ps.setString(7, d.answers());
            ps.setString(8, String.join(" ", d.tags()));
            ps.setString(9, d.municipality());
            ps.setString(10, d.state());
            ps.setString(11, d.topic());
            ps.setString(12, d.visibility());
            ps.addBatch();
            if (++n[0] % 1000 == 0) ps.executeBatch();
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        });
        ps.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        // Weighted like the Lucene fields: title > tags, summary > lessons > body, answers.
        s.execute("alter table doc add column tsv tsvector generated always as ("
            + "setweight(to_tsvector('german', coalesce(title, '')), 'A') || "
            + "setweight(to_tsvector('german', coalesce(tags, '') || ' ' || coalesce(summary, '')), 'B') || "
            + "setweight(to_tsvector('german', coalesce(lessons, '')), 'C') || "
            + "setweight(to_tsvector('german', coalesce(body, '') || ' ' || coalesce(answers, '') "
            + "|| ' ' || coalesce(municipality, '')), 'D')) stored");
        s.execute("create index doc_tsv on doc using gin (tsv)");
        s.execute("vacuum analyze doc");
      }
    }
  }

  private static void report(String system, Load.Result r) throws IOException {
    String k = system + ".c" + r.concurrency();
    Bench.remember(k + ".p50", r.p50());
    Bench.remember(k + ".p95", r.p95());
    Bench.remember(k + ".p99", r.p99());
    Bench.remember(k + ".qps", r.qps());
    Bench.remember(k + ".failures", r.failures());
    System.out.printf("%s c=%d: %s, %.0f q/s, %d failures of %d%n", system, r.concurrency(),
        r.latency(), r.qps(), r.failures(), r.requests());
  }

  /** Writes the search rows from the figures the three runs remembered. */
  static void ratios() throws IOException {
    boolean at100k = Bench.size() == 100_000;
    String note = at100k ? "" : " (target at 100k)";
    for (int c : CONCURRENCY) {
      Double hq = Bench.recalled("http.c" + c + ".qps");
      Double lq = Bench.recalled("lucene.c" + c + ".qps");
      Double pq = Bench.recalled("pg.c" + c + ".qps");
      if (hq == null) {
        continue;
      }
      double p50 = Bench.recalled("http.c" + c + ".p50");
      double p95 = Bench.recalled("http.c" + c + ".p95");
      double p99 = Bench.recalled("http.c" + c + ".p99");
      String lat = String.format(java.util.Locale.ROOT, "%.1f / %.1f / %.1f ms", p50, p95, p99);
      String ref = lq == null ? "–" : String.format(java.util.Locale.ROOT,
          "raw Lucene %.1f / %.1f / %.1f ms", Bench.recalled("lucene.c" + c + ".p50"),
          Bench.recalled("lucene.c" + c + ".p95"), Bench.recalled("lucene.c" + c + ".p99"));
      boolean latOk = p50 <= 5 && p99 <= 20;
      Bench.row("search HTTP p50 / p95 / p99, c=" + c, lat, ref, "–", "p50 ≤ 5 ms, p99 ≤ 20 ms" + note,
          at100k && c == 1 ? (latOk ? "pass" : "FAIL") : "info");
      Bench.row("search HTTP QPS vs raw Lucene, c=" + c, Bench.fmt(hq),
          lq == null ? "–" : "raw Lucene " + Bench.fmt(lq), lq == null ? "–" : Bench.fmt2(hq / lq),
          "≥ 0.50" + note, lq == null || !at100k ? "info" : Bench.verdict(hq / lq, 0.5, false));
      Bench.row("search HTTP QPS vs PostgreSQL FTS, c=" + c, Bench.fmt(hq),
          pq == null ? "–" : "PostgreSQL " + Bench.fmt(pq), pq == null ? "–" : Bench.fmt2(hq / pq),
          "≥ 3" + note, pq == null || !at100k ? "info" : Bench.verdict(hq / pq, 3, false));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
