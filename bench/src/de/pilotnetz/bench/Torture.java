package de.pilotnetz.bench;

import de.pilotnetz.bench.TortureWrites.Ack;
import de.pilotnetz.bench.TortureWrites.Writer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;

/**
 * {@code kill -9} cycles under a mixed write load. Its own server ({@link TortureServer}) takes
 * writes from four threads: cases (created, then published), a question and its answers, chat
 * messages over the WebSocket, municipalities. Every acknowledged write is recorded; the server is
 * killed at a random moment (seeded), CheckIndex runs on the dead server's index, the server
 * restarts, every acknowledged write so far is read back by id, and every searchable one of the
 * cycle is searched for by its marker word until found (the catch-up time, from ready to the last
 * one found; an upper bound, as it includes the checking requests). Earlier cycles' writes are
 * searched for once more, so a later restart that lost them from the index is caught too.
 */
final class Torture {
  private static final long CATCH_UP_LIMIT_MS = 60_000;

  private Torture() {}

  static void run() throws Exception {
    TortureWrites.checkMarkers(2000);
    int cycles = Integer.getInteger("bench.cycles", Bench.smoke() ? 5 : 10);
    Random rnd = new Random(Bench.seed());
    List<Ack> acked = new ArrayList<>();
    List<Long> readyMillis = new ArrayList<>();
    List<Long> catchUpMillis = new ArrayList<>();
    AtomicInteger counter = new AtomicInteger();
    int survived = 0;
    long lost = 0;
    long unsearchable = 0;
    int unclean = 0;
    String db;
    try (TortureServer server = new TortureServer("torture")) {
      db = server.db;
      Http h = server.http;
      if (!server.start()) {
        throw new IllegalStateException(
            "torture server not ready, see " + server.dir.resolve("server.log"));
      }
      long room = createRoom(h);
      for (int cycle = 1; cycle <= cycles; cycle++) {
        List<Ack> round = Collections.synchronizedList(new ArrayList<>());
        List<Writer> writers = writers(server, room, counter, round);
        long killAt = System.nanoTime() + (1000 + rnd.nextInt(4000)) * 1_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (Writer w : writers) {
          Thread t = new Thread(() -> {
            try (w) {
              while (System.nanoTime() < killAt + 2_000_000_000L) {
                w.write(counter.incrementAndGet(), round::add);
              }
            } catch (Exception e) {
              // the server is gone: the write in flight stays unacknowledged
            }
          });
          t.start();
          threads.add(t);
        }
        Thread.sleep(Math.max(0, (killAt - System.nanoTime()) / 1_000_000));
        server.kill9();
        for (Thread t : threads) {
          t.join(60_000);
        }
        List<Ack> fresh;
        synchronized (round) {
          fresh = new ArrayList<>(round);
        }
        acked.addAll(fresh);
        unclean += checkIndex(server.index()) ? 0 : 1;
        long t0 = System.nanoTime();
        if (!server.start()) {
          System.out.println("cycle " + cycle + ": server not ready after restart");
          break;
        }
        long ready = System.nanoTime();
        readyMillis.add((ready - t0) / 1_000_000);
        String admin = h.login(Http.ADMIN);
        List<Ack> pending =
            new ArrayList<>(fresh.stream().filter(a -> a.kind().searchable()).toList());
        Collections.reverse(pending); // the newest are the likeliest to be late
        boolean last = false;
        while (!pending.isEmpty() && !last) {
          // one more pass after the limit
          last = System.nanoTime() - ready > CATCH_UP_LIMIT_MS * 1_000_000;
          pending = notFound(h, admin, pending);
          if (!pending.isEmpty()) {
            Thread.sleep(50);
          }
        }
        long catchUp = (System.nanoTime() - ready) / 1_000_000;
        if (pending.isEmpty()) {
          catchUpMillis.add(catchUp);
        }
        long notFound = pending.size() + stillSearchable(h, admin, acked, fresh);
        unsearchable += notFound;
        long missing = TortureWrites.missing(h, admin, acked).size();
        lost = Math.max(lost, missing);
        System.out.printf("cycle %d: %d writes acknowledged (%d so far), %d missing in the"
            + " database, %d not found in search; ready after %d ms, search caught up after"
            + " %d ms%n",
            cycle, fresh.size(), acked.size(), missing, notFound,
            readyMillis.get(readyMillis.size() - 1), catchUp);
        survived++;
      }
    }
    Bench.row("torture kill -9 (" + db + "): cycles survived", survived + " of " + cycles,
        "–", "–", "all", survived == cycles ? "pass" : "FAIL");
    Bench.row("torture kill -9: acknowledged writes", acked.size() + " ("
        + TortureWrites.perKind(acked) + ")", "–", "–", "–", "info");
    Bench.correctness("torture kill -9: acknowledged writes lost", lost, "0",
        lost == 0 && survived == cycles);
    Bench.correctness("torture kill -9: acknowledged searchable writes not found in search within "
        + CATCH_UP_LIMIT_MS / 1000 + " s of ready", unsearchable, "0", unsearchable == 0);
    Bench.correctness("torture kill -9: kills after which CheckIndex was not clean (of " + survived
        + ")", unclean, "0", unclean == 0);
    double readyP99 = p99(readyMillis);
    double catchUpP99 = p99(catchUpMillis);
    Bench.row("torture kill -9: restart → ready (boot + search catch-up), p99",
        String.format(Locale.ROOT, "%.1f s", readyP99 / 1000), "–", "–", "–", "info");
    Bench.row("torture kill -9: ready → every acknowledged write of the cycle found in search, p99",
        String.format(Locale.ROOT, "%.1f s", catchUpP99 / 1000), "–", "–", "≤ 30 s",
        catchUpMillis.isEmpty() ? "FAIL" : Bench.verdict(catchUpP99, 30_000, true));
  }

  private static double p99(List<Long> millis) {
    long[] ms = millis.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(ms);
    return ms.length == 0 ? Double.NaN : ms[Math.max(0, (int) Math.ceil(0.99 * ms.length) - 1)];
  }

  /** One writer per kind for this server life. */
  private static List<Writer> writers(TortureServer s, long room, AtomicInteger counter,
      List<Ack> round) throws Exception {
    Http h = s.http;
    String mayor = h.login(Http.MAYOR);
    String expert = h.login("expertin@demo.pilotnetz.example");
    String admin = h.login(Http.ADMIN);
    return List.of(TortureWrites.cases(h, mayor),
        TortureWrites.answers(h, expert, counter.incrementAndGet(), round::add),
        TortureWrites.chat(s.base(), h.login("verwaltung@demo.pilotnetz.example"), room),
        TortureWrites.municipalities(h, admin));
  }

  private static long createRoom(Http h) throws Exception {
    var r = h.postJson("/api/chat/rooms", "{\"kind\":\"PUBLIC\",\"name\":\"Dauerprüfung\","
        + "\"description\":\"Schreiblast der kill-9-Zyklen\",\"memberIds\":[]}",
        h.login(Http.ADMIN));
    if (r.statusCode() != 201) {
      throw new IllegalStateException("chat room: " + r.statusCode() + " " + r.body());
    }
    return TortureWrites.id(r);
  }

  /** The acks a search does not find, looked up four at a time (to keep the check short). */
  private static List<Ack> notFound(Http h, String admin, List<Ack> acks)
      throws InterruptedException {
    List<Ack> out = Collections.synchronizedList(new ArrayList<>());
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    for (Ack a : acks) {
      pool.execute(() -> {
        if (!searchable(h, admin, a)) {
          out.add(a);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
    return new ArrayList<>(out);
  }

  private static boolean searchable(Http h, String admin, Ack a) {
    try {
      return TortureWrites.searchable(h, admin, a);
    } catch (Exception e) {
      return false;
    }
  }

  /** Earlier cycles' searchable writes not found now (each looked up once, then once again). */
  private static long stillSearchable(Http h, String admin, List<Ack> all, List<Ack> fresh)
      throws InterruptedException {
    List<Ack> older = new ArrayList<>(all.subList(0, all.size() - fresh.size()));
    older.removeIf(a -> !a.kind().searchable());
    older = notFound(h, admin, older);
    if (!older.isEmpty()) {
      Thread.sleep(2000);
      older = notFound(h, admin, older);
      older.forEach(a -> System.out.println("no longer found in search: " + a));
    }
    return older.size();
  }

  /** Full CheckIndex (not only checksums) on the index of the killed server. */
  static boolean checkIndex(Path index) {
    if (!Files.exists(index)) {
      return true; // killed before the first commit: nothing to check
    }
    try (FSDirectory d = FSDirectory.open(index); CheckIndex c = new CheckIndex(d)) {
      return c.checkIndex().clean;
    } catch (IOException | RuntimeException e) {
      System.out.println("CheckIndex: " + e);
      return false;
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
