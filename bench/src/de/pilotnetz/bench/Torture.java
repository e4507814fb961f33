package de.pilotnetz.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code kill -9} cycles under a write load. Starts its own server (PostgreSQL database of its
 * own when one answers, else H2), writes through the API from four threads, records every
 * acknowledged write (2xx with an id), kills the server at a random moment, runs CheckIndex on the
 * dead server's index, restarts it and reads every acknowledged write back by id.
 *
 * <p>Writes today: municipalities (admin); cases, answers and chat messages join when their
 * features land (add a {@link Writer}). Only searchable writes can be checked in search.
 */
final class Torture {

  /** One kind of write: posts {@code n}, returns the id on a 2xx, and reads it back. */
  interface Writer {
    Long write(Http h, String token, int n) throws Exception;

    boolean present(Http h, String token, long id, int n) throws Exception;
  }

  static final Writer MUNICIPALITY = new Writer() {
    public Long write(Http h, String token, int n) throws Exception {
      HttpResponse<String> r = h.postJson("/api/municipalities", "{\"name\":\"Torturhausen " + n
          + "\",\"ags\":\"09" + (900000 + n) + "\",\"state\":\"Bayern\",\"population\":" + (100 + n)
          + "}", token);
      return r.statusCode() / 100 == 2 ? Http.json(r.body()).getJsonNumber("id").longValue() : null;
    }

    public boolean present(Http h, String token, long id, int n) throws Exception {
      HttpResponse<String> r = h.get("/api/municipalities/" + id, token);
      return r.statusCode() == 200 && r.body().contains("Torturhausen " + n + "\"");
    }
  };

  private record Ack(Writer kind, long id, int n) {}

  private Torture() {}

  static void run() throws Exception {
    Path dir = Bench.work().resolve("torture");
    deleteTree(dir);
    Files.createDirectories(dir);
    int port = Integer.getInteger("bench.torturePort", 18390);
    Map<String, String> env = new java.util.HashMap<>(Map.of(
        "PILOTNETZ_DEMO", "true", "PILOTNETZ_INDEX_DIR", dir.resolve("index").toString(),
        "PILOTNETZ_DATA_DIR", dir.resolve("data").toString()));
    String pgDb = "pilotnetz_torture_" + ProcessHandle.current().pid();
    String dbName = createPostgres(pgDb);
    if (dbName != null) {
      env.put("PILOTNETZ_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + pgDb);
      env.put("PILOTNETZ_DB_USER", "postgres");
      env.put("PILOTNETZ_DB_PASSWORD", "postgres");
    } else {
      env.put("PILOTNETZ_DB_URL", "jdbc:h2:file:" + dir.resolve("db/pilotnetz"));
    }
    String db = dbName != null ? "PostgreSQL" : "H2";
    int cycles = Integer.getInteger("bench.cycles", Bench.smoke() ? 5 : 10);
    Random rnd = new Random(Bench.seed());
    Http h = new Http("http://127.0.0.1:" + port);
    List<Ack> acked = new ArrayList<>();
    List<Long> readyMillis = new ArrayList<>();
    AtomicInteger counter = new AtomicInteger();
    int survived = 0;
    long lost = 0;
    int unclean = 0;
    Process server = null;
    try {
      server = start(dir, port, env);
      if (!h.awaitReady(java.time.Duration.ofMinutes(4))) {
        throw new IllegalStateException("torture server not ready, see " + dir.resolve("server.log"));
      }
      for (int cycle = 1; cycle <= cycles; cycle++) {
        String token = h.login(Http.ADMIN);
        List<Ack> round = java.util.Collections.synchronizedList(new ArrayList<>());
        long killAt = System.nanoTime() + (1000 + rnd.nextInt(4000)) * 1_000_000L;
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          Thread w = new Thread(() -> {
            while (System.nanoTime() < killAt + 2_000_000_000L) {
              int n = counter.incrementAndGet();
              try {
                Long id = MUNICIPALITY.write(h, token, n);
                if (id != null) {
                  round.add(new Ack(MUNICIPALITY, id, n));
                }
              } catch (Exception e) {
                return; // the server is gone: unacknowledged
              }
            }
          });
          w.start();
          writers.add(w);
        }
        Thread.sleep(Math.max(0, (killAt - System.nanoTime()) / 1_000_000));
        server.destroyForcibly(); // SIGKILL
        server.waitFor();
        for (Thread w : writers) {
          w.join(60_000);
        }
        synchronized (round) {
          acked.addAll(round);
        }
        unclean += checkIndex(dir.resolve("index")) ? 0 : 1;
        long t0 = System.nanoTime();
        server = start(dir, port, env);
        if (!h.awaitReady(java.time.Duration.ofMinutes(4))) {
          System.out.println("cycle " + cycle + ": server not ready after restart");
          break;
        }
        readyMillis.add((System.nanoTime() - t0) / 1_000_000);
        String check = h.login(Http.ADMIN);
        long missing = 0;
        for (Ack a : acked) {
          if (!a.kind().present(h, check, a.id(), a.n())) {
            missing++;
          }
        }
        lost = Math.max(lost, missing);
        System.out.printf("cycle %d: %d writes acknowledged so far, %d missing, ready after %d ms%n",
            cycle, acked.size(), missing, readyMillis.get(readyMillis.size() - 1));
        survived++;
      }
    } finally {
      if (server != null) {
        server.destroy();
        server.waitFor();
      }
      if (dbName != null) {
        dropPostgres(pgDb);
      }
    }
    long[] ms = readyMillis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(ms);
    double p99 = ms.length == 0 ? Double.NaN : ms[Math.max(0, (int) Math.ceil(0.99 * ms.length) - 1)];
    Bench.row("torture kill -9 (" + db + "): cycles survived", survived + " of " + cycles
        + " (" + acked.size() + " acknowledged writes: municipalities)", "–", "–", "all",
        survived == cycles ? "pass" : "FAIL");
    Bench.correctness("torture kill -9: acknowledged writes lost", lost, "0", lost == 0 && survived == cycles);
    Bench.correctness("torture kill -9: CheckIndex not clean after kill", unclean, "0", unclean == 0);
    Bench.row("torture kill -9: restart → ready (boot + search catch-up), p99",
        String.format(Locale.ROOT, "%.1f s", p99 / 1000), "–", "–", "≤ 30 s",
        Bench.verdict(p99, 30_000, true));
    Bench.skipped("torture kill -9: acknowledged writes found in search",
        "feature missing (no searchable write API: cases, answers, chat)");
  }

  private static Process start(Path dir, int port, Map<String, String> env) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx768m", "-jar", Path.of("target/payara-micro.jar").toAbsolutePath().toString(),
        "--deploy", Path.of("target/pilotnetz.war").toAbsolutePath().toString(), "--contextroot", "/",
        "--port", Integer.toString(port), "--nocluster", "--prebootcommandfile",
        Path.of("src/main/payara/preboot-loopback.txt").toAbsolutePath().toString())
        .directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Full CheckIndex (not only checksums) on the index of the killed server. */
  static boolean checkIndex(Path index) {
    try (FSDirectory d = FSDirectory.open(index); CheckIndex c = new CheckIndex(d)) {
      return c.checkIndex().clean;
    } catch (IOException | RuntimeException e) {
      System.out.println("CheckIndex: " + e);
      return false;
    }
  }

  private static String createPostgres(String db) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
        "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("create database " + db);
      return db;
    } catch (SQLException e) {
      System.out.println("PostgreSQL does not answer, torture on H2: " + e.getMessage());
      return null;
    }
  }

  private static void dropPostgres(String db) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
        "postgres", "postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + db + " with (force)");
    } catch (SQLException e) {
      System.out.println("could not drop " + db + ": " + e.getMessage());
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
