package de.pilotnetz.chat;

import de.pilotnetz.testing.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A real WebSocket client for tests: connects with a ticket and collects every frame. */
final class ChatClient implements AutoCloseable {
  final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<String> closed = new CompletableFuture<>();
  final WebSocket ws;
  private final List<JsonObject> backlog = new ArrayList<>();

  private ChatClient(WebSocket.Builder builder, URI uri) {
    Listener l = new Listener();
    this.ws = builder.connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, l).join();
  }

  /** Connects as the session's member through a fresh ticket. */
  static ChatClient connect(Api api) {
    Api.Res r = api.post("api/chat/ticket", "");
    if (r.status() != 200) {
      throw new IllegalStateException("ticket: " + r);
    }
    return open(api.base(), "ws?ticket=" + r.obj().getString("ticket"), List.of());
  }

  static ChatClient open(URI base, String path, List<String[]> headers) {
    WebSocket.Builder b = HttpClient.newHttpClient().newWebSocketBuilder();
    headers.forEach(h -> b.header(h[0], h[1]));
    return new ChatClient(b, URI.create("ws://127.0.0.1:" + base.getPort() + "/" + path));
  }

  void send(String json) {
    ws.sendText(json, true).join();
  }

  void send(JsonObject o) {
    send(o.toString());
  }

  /** The oldest frame matching, failing after 10 s; other frames stay for later calls. */
  synchronized JsonObject await(Predicate<JsonObject> p) {
    for (int i = 0; i < backlog.size(); i++) {
      if (p.test(backlog.get(i))) {
        return backlog.remove(i);
      }
    }
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    try {
      while (true) {
        long left = end - System.nanoTime();
        JsonObject f = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
        if (f == null) {
          throw new AssertionError("no matching frame within 10 s; unmatched: " + backlog);
        }
        if (p.test(f)) {
          return f;
        }
        backlog.add(f);
      }
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  JsonObject await(String op) {
    return await(f -> op.equals(f.getString("op", "")));
  }

  /** Events of the room, in arrival order, until {@code count} are collected. */
  List<JsonObject> events(long room, int count) {
    List<JsonObject> out = new ArrayList<>();
    while (out.size() < count) {
      out.add(await(f -> "event".equals(f.getString("op", "")) && f.getJsonNumber("room").longValue() == room));
    }
    return out;
  }

  /** Unmatched frames so far plus those that arrive within the given time. */
  synchronized List<JsonObject> drain(long millis) throws InterruptedException {
    List<JsonObject> out = new ArrayList<>(backlog);
    backlog.clear();
    long end = System.currentTimeMillis() + millis;
    JsonObject f;
    while ((f = frames.poll(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) != null) {
      out.add(f);
    }
    return out;
  }

  static JsonObject parse(String s) {
    try (var r = Json.createReader(new StringReader(s))) {
      return r.readObject();
    }
  }

  @Override
  public void close() {
    if (!ws.isOutputClosed()) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(t -> null);
    }
    ws.abort();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        // a message may hold several frames, one per line (the server batches when behind)
        for (String line : partial.toString().split("\n")) {
          frames.add(parse(line));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      closed.complete(status + " " + reason);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      closed.complete("error " + error);
    }
  }
}
