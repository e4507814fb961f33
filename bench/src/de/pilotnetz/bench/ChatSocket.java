package de.pilotnetz.bench;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A chat WebSocket ({@code /ws}) authenticated with the session cookie of a login, as the web UI
 * does. Frames are handed to {@code onFrame} one after another; {@code onGone} runs once when the
 * connection ends (close frame, error or abort).
 */
final class ChatSocket {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  final WebSocket ws;

  private ChatSocket(WebSocket ws) {
    this.ws = ws;
  }

  static ChatSocket open(String base, String session, Consumer<JsonObject> onFrame,
      Runnable onGone) {
    Listener l = new Listener(onFrame, onGone);
    WebSocket ws = CLIENT.newWebSocketBuilder().header("Cookie", "PILOTNETZ_SESSION=" + session)
        .header("Origin", base).connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(base.replace("http://", "ws://") + "/ws"), l).join();
    return new ChatSocket(ws);
  }

  /** Sends one frame and waits until it is written (not until the server answers). */
  void send(String json) {
    ws.sendText(json, true).orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
  }

  /** Drops the connection without a close frame, as a lost network or a killed tab does. */
  void abort() {
    ws.abort();
  }

  void close() {
    if (!ws.isOutputClosed()) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(t -> null);
    }
    ws.abort();
  }

  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private final Consumer<JsonObject> onFrame;
    private final Runnable onGone;
    private boolean gone;

    Listener(Consumer<JsonObject> onFrame, Runnable onGone) {
      this.onFrame = onFrame;
      this.onGone = onGone;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        // the server may batch queued frames into one message, one JSON frame per line
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            onFrame.accept(Http.json(line));
          }
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      gone();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      gone();
    }

    private synchronized void gone() {
      if (!gone) {
        gone = true;
        onGone.run();
      }
    }
  }
}
