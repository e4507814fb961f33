package de.pilotnetz.bench;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The writes of the kill -9 cycles and how each is read back. Every text carries a marker word
 * ({@link #marker}) that the German analysis keeps as one term, so a search for it finds exactly
 * the written document. A write counts as acknowledged when the API answered 2xx with an id (the
 * chat: when the {@code ack} frame arrived, sent after commit).
 */
final class TortureWrites {

  /** What was written; the search hit of ANSWER is its thread ({@code ref}). */
  enum Kind {
    MUNICIPALITY(null), CASE_CREATED(null), CASE_PUBLISHED("case"), QUESTION("thread"),
    ANSWER("thread"), CHAT("chat");

    final String searchType;

    Kind(String searchType) {
      this.searchType = searchType;
    }

    boolean searchable() {
      return searchType != null;
    }
  }

  /** One acknowledged write: {@code ref} is the thread of an answer, the room of a message. */
  record Ack(Kind kind, long id, long ref, String marker) {
    long searchId() {
      return kind == Kind.ANSWER ? ref : id;
    }
  }

  /** One writer thread's connection for one server life; {@code write} throws once it is gone. */
  interface Writer extends AutoCloseable {
    void write(int n, Consumer<Ack> acked) throws Exception;

    @Override
    default void close() {}
  }

  private TortureWrites() {}

  /**
   * A word unique to {@code n}: "tortur" and nine scrambled base-36 characters, so that two
   * markers differ in many places and the fuzzy pass of a search never mixes them up.
   */
  static String marker(int n) {
    long z = (n + 0x9E3779B97F4A7C15L * 31) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    String s = Long.toString(Math.floorMod(z, 101_559_956_668_416L), 36); // 36^9
    return "tortur" + "0".repeat(9 - s.length()) + s;
  }

  /**
   * Fails unless the server's own German analysis makes exactly one term of each marker (no
   * compound parts, no split between letters and digits), in text and exact fields alike.
   */
  static void checkMarkers(int count) {
    var analysis = de.pilotnetz.search.GermanAnalysis.fromDirectory(Path.of("search-index"));
    for (int n = 1; n <= count; n++) {
      String m = marker(n);
      var text =
          de.pilotnetz.search.GermanAnalysis.tokens(analysis.textAnalyzer(), "Text " + m + ".");
      var word = analysis.analyzeWord(analysis.fold(m));
      if (text.stream().filter(t -> t.startsWith("tortur")).count() != 1 || word == null
          || !word.parts().isEmpty() || !text.contains(word.term())) {
        throw new IllegalStateException(
            "marker " + m + " is not one search term: " + text + " " + word);
      }
    }
  }

  static Writer municipalities(Http h, String admin) {
    return (n, acked) -> {
      HttpResponse<String> r = h.postJson("/api/municipalities", "{\"name\":\"Torturhausen " + n
          + "\",\"ags\":\"09" + (900000 + n) + "\",\"state\":\"Bayern\",\"population\":" + (100 + n)
          + "}", admin);
      if (r.statusCode() / 100 == 2) {
        acked.accept(new Ack(Kind.MUNICIPALITY, id(r), 0, "Torturhausen " + n + "\""));
      }
    };
  }

  /** A draft, then its publication: only a published case is searchable. */
  static Writer cases(Http h, String mayor) {
    return (n, acked) -> {
      String m = marker(n);
      HttpResponse<String> r = h.postJson("/api/cases", "{\"title\":\"Torturfall " + m
          + "\",\"summary\":\"Ein Fall der Dauerprüfung.\",\"body\":\"Der Fall trägt das Wort " + m
          + ".\",\"topic\":\"Breitband\",\"phase\":\"Pilot\",\"tags\":[\"Dauerprüfung\"],"
          + "\"kpis\":[],\"visibility\":\"PUBLIC\"}", mayor);
      if (r.statusCode() / 100 != 2) {
        return;
      }
      long id = id(r);
      acked.accept(new Ack(Kind.CASE_CREATED, id, 0, m));
      if (h.postJson("/api/cases/" + id + "/publish", "", mayor).statusCode() / 100 == 2) {
        acked.accept(new Ack(Kind.CASE_PUBLISHED, id, 0, m));
      }
    };
  }

  /** A new question per server life, then answers to it (a thread is indexed with its answers). */
  static Writer answers(Http h, String expert, int n0, Consumer<Ack> acked) throws Exception {
    String q = marker(n0);
    HttpResponse<String> r = h.postJson("/api/threads", "{\"title\":\"Torturfrage " + q
        + "\",\"body\":\"Wer kennt das Wort " + q + "?\",\"topic\":\"Breitband\",\"tags\":[],"
        + "\"visibility\":\"NETWORK\"}", expert);
    if (r.statusCode() != 201) {
      throw new IllegalStateException("question: " + r.statusCode() + " " + r.body());
    }
    long thread = id(r);
    acked.accept(new Ack(Kind.QUESTION, thread, 0, q));
    return (n, sink) -> {
      String m = marker(n);
      HttpResponse<String> a = h.postJson("/api/threads/" + thread + "/answers",
          "{\"body\":\"Antwort mit " + m + ".\",\"clientRequestId\":\"tortur-" + n + "\"}",
          expert);
      if (a.statusCode() / 100 == 2) {
        sink.accept(new Ack(Kind.ANSWER, id(a), thread, m));
      }
    };
  }

  /** Messages over the WebSocket; acknowledged by the {@code ack} frame, sent after commit. */
  static Writer chat(String base, String session, long room) {
    Map<String, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    CompletableFuture<Void> gone = new CompletableFuture<>();
    ChatSocket s = ChatSocket.open(base, session, f -> {
      String op = f.getString("op", "");
      if (op.equals("ack")) {
        CompletableFuture<JsonObject> p = pending.remove(f.getString("clientMsgId"));
        if (p != null) {
          p.complete(f);
        }
      } else if (op.equals("error")) {
        pending.values().forEach(p -> p.complete(f)); // one send at a time: it is this one's
      }
    }, () -> {
      gone.complete(null);
      var e = new java.io.IOException("socket gone");
      pending.values().forEach(p -> p.completeExceptionally(e));
    });
    return new Writer() {
      public void write(int n, Consumer<Ack> acked) throws Exception {
        String m = marker(n);
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonObject> ack = new CompletableFuture<>();
        pending.put(id, ack);
        if (gone.isDone()) {
          throw new java.io.IOException("socket gone");
        }
        s.send("{\"op\":\"send\",\"room\":" + room + ",\"clientMsgId\":\"" + id
            + "\",\"text\":\"Nachricht " + m + "\"}");
        JsonObject f = ack.get(30, TimeUnit.SECONDS);
        if (f.getString("op").equals("ack")) {
          acked.accept(new Ack(Kind.CHAT, f.getJsonNumber("id").longValue(), room, m));
        }
      }

      public void close() {
        s.close();
      }
    };
  }

  // ---- reading back ----

  /** The acknowledged writes that the database does not hold (read back through the API). */
  static List<Ack> missing(Http h, String admin, List<Ack> acks) throws Exception {
    List<Ack> out = new ArrayList<>();
    Map<Long, Map<Long, String>> threads = new HashMap<>();
    Map<Long, String> chat = null;
    for (Ack a : acks) {
      boolean ok = switch (a.kind()) {
        case MUNICIPALITY ->
            body(h.get("/api/municipalities/" + a.id(), admin)).contains(a.marker());
        case CASE_CREATED -> body(h.get("/api/cases/" + a.id(), admin)).contains(a.marker());
        case CASE_PUBLISHED -> {
          String b = body(h.get("/api/cases/" + a.id(), admin));
          yield b.contains(a.marker()) && b.contains("\"status\":\"PUBLISHED\"");
        }
        case QUESTION -> body(h.get("/api/threads/" + a.id(), admin)).contains(a.marker());
        case ANSWER -> {
          Map<Long, String> answers = threads.get(a.ref());
          if (answers == null) {
            answers = answers(h, admin, a.ref());
            threads.put(a.ref(), answers);
          }
          yield answers.getOrDefault(a.id(), "").contains(a.marker());
        }
        case CHAT -> {
          if (chat == null) {
            chat = roomMessages(h, admin, a.ref());
          }
          yield chat.getOrDefault(a.id(), "").contains(a.marker());
        }
      };
      if (!ok) {
        out.add(a);
      }
    }
    return out;
  }

  private static String body(HttpResponse<String> r) {
    return r.statusCode() == 200 ? r.body() : "";
  }

  private static Map<Long, String> answers(Http h, String admin, long thread) throws Exception {
    HttpResponse<String> r = h.get("/api/threads/" + thread, admin);
    Map<Long, String> out = new HashMap<>();
    if (r.statusCode() == 200) {
      for (JsonValue v : Http.json(r.body()).getJsonArray("answers")) {
        JsonObject a = v.asJsonObject();
        out.put(a.getJsonNumber("id").longValue(), a.getString("body"));
      }
    }
    return out;
  }

  /** Every message of a room by id (text; empty when deleted), paged through the REST history. */
  static Map<Long, String> roomMessages(Http h, String token, long room) throws Exception {
    Map<Long, String> out = new HashMap<>();
    for (JsonObject m : history(h, token, room)) {
      out.put(m.getJsonNumber("id").longValue(), m.getString("text"));
    }
    return out;
  }

  static List<JsonObject> history(Http h, String token, long room) throws Exception {
    List<JsonObject> out = new ArrayList<>();
    long after = 0;
    while (true) {
      HttpResponse<String> r = h.get("/api/chat/rooms/" + room + "/messages?after=" + after
          + "&limit=200", token);
      if (r.statusCode() != 200) {
        throw new IllegalStateException("history of room " + room + ": " + r.statusCode());
      }
      JsonArray page = Http.array(r.body());
      for (JsonValue v : page) {
        out.add(v.asJsonObject());
        after = v.asJsonObject().getJsonNumber("seq").longValue();
      }
      if (page.size() < 200) {
        return out;
      }
    }
  }

  /** True when a search for the ack's marker lists its document. */
  static boolean searchable(Http h, String admin, Ack a) throws Exception {
    HttpResponse<String> r = h.get("/api/search?size=20&type=" + a.kind().searchType + "&q="
        + URLEncoder.encode(a.marker(), StandardCharsets.UTF_8), admin);
    if (r.statusCode() != 200) {
      return false;
    }
    for (JsonValue v : Http.json(r.body()).getJsonArray("hits")) {
      JsonObject hit = v.asJsonObject();
      if (hit.getJsonNumber("id").longValue() == a.searchId()
          && hit.getString("type").toLowerCase(Locale.ROOT).equals(a.kind().searchType)) {
        return true;
      }
    }
    return false;
  }

  /** "cases created 12, cases published 11, ..." */
  static String perKind(List<Ack> acks) {
    Map<Kind, Long> n =
        acks.stream().collect(Collectors.groupingBy(Ack::kind, Collectors.counting()));
    Set<String> parts = new java.util.LinkedHashSet<>();
    for (Kind k : Kind.values()) {
      parts.add(k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + n.getOrDefault(k, 0L));
    }
    return String.join(", ", parts);
  }

  static long id(HttpResponse<String> r) {
    return Http.json(r.body()).getJsonNumber("id").longValue();
  }
}
