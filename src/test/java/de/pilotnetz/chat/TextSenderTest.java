package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Which way a text goes out: past the idle timer where the endpoint has Tyrus's shape. */
class TextSenderTest {

  /**
   * Shaped like Tyrus's socket object: {@code sendText(String, SendHandler)} frames and writes;
   * {@code sendRawFrame(ByteBuffer)} writes a ready frame and answers with a future, complete at
   * once unless the test holds it back.
   */
  public static final class Socket {
    final List<String> written = new ArrayList<>();
    final List<byte[]> raw = new ArrayList<>();
    CompletableFuture<Object> next;

    public void sendText(String text, SendHandler done) {
      written.add(text);
      done.onResult(new SendResult());
    }

    public Future<Object> sendRawFrame(ByteBuffer frame) {
      byte[] bytes = new byte[frame.remaining()];
      frame.get(bytes);
      raw.add(bytes);
      CompletableFuture<Object> f = next == null ? CompletableFuture.completedFuture(null) : next;
      next = null;
      return f;
    }
  }

  /** Runs re-checks on the calling thread when the test says so. */
  static final class ManualWriters extends ChatWriters {
    final List<Runnable> due = new ArrayList<>();

    @Override
    void later(Runnable r, long millis) {
      due.add(r);
    }

    void runDue() {
      List<Runnable> now = new ArrayList<>(due);
      due.clear();
      now.forEach(Runnable::run);
    }
  }

  final ManualWriters writers = new ManualWriters();

  /** Shaped like Tyrus's base remote endpoint: the socket in a private field {@code webSocket}. */
  abstract static class TyrusLikeRemote implements RemoteEndpoint.Async {
    private final Socket webSocket;

    TyrusLikeRemote(Socket webSocket) {
      this.webSocket = webSocket;
    }
  }

  /** Its async subclass: the standard send would re-arm the idle timer first. */
  static final class TyrusLikeAsync extends TyrusLikeRemote {
    int timerRestarts;
    final List<String> standard = new ArrayList<>();

    TyrusLikeAsync(Socket socket) {
      super(socket);
    }

    @Override
    public void sendText(String text, SendHandler handler) {
      timerRestarts++;
      standard.add(text);
      handler.onResult(new SendResult());
    }

    @Override public long getSendTimeout() { return 0; }
    @Override public void setSendTimeout(long timeout) {}
    @Override public Future<Void> sendText(String text) { throw new UnsupportedOperationException(); }
    @Override public Future<Void> sendBinary(ByteBuffer data) { throw new UnsupportedOperationException(); }
    @Override public void sendBinary(ByteBuffer data, SendHandler h) { throw new UnsupportedOperationException(); }
    @Override public Future<Void> sendObject(Object data) { throw new UnsupportedOperationException(); }
    @Override public void sendObject(Object data, SendHandler h) { throw new UnsupportedOperationException(); }
    @Override public void setBatchingAllowed(boolean allowed) {}
    @Override public boolean getBatchingAllowed() { return false; }
    @Override public void flushBatch() {}
    @Override public void sendPing(ByteBuffer data) {}
    @Override public void sendPong(ByteBuffer data) {}
  }

  final boolean[] open = {true};

  Session sessionWith(RemoteEndpoint.Async remote) {
    return (Session) Proxy.newProxyInstance(TextSenderTest.class.getClassLoader(),
        new Class<?>[] {Session.class}, (p, m, args) -> {
          if (m.getName().equals("getAsyncRemote")) {
            return remote;
          }
          if (m.getName().equals("isOpen")) {
            return open[0];
          }
          throw new UnsupportedOperationException(m.getName());
        });
  }

  @Test
  void aTyrusShapedEndpointIsWrittenThroughItsSocketWithoutRestartingTheIdleTimer() {
    Socket socket = new Socket();
    TyrusLikeAsync remote = new TyrusLikeAsync(socket);
    TextSender sender = new TextSender(sessionWith(remote), writers);
    List<Boolean> results = new ArrayList<>();

    sender.send("{\"op\":\"pong\"}", r -> results.add(r.isOK()));
    sender.send("{\"n\":2}", r -> results.add(r.isOK()));

    assertTrue(sender.isDirect());
    assertEquals(List.of("{\"op\":\"pong\"}", "{\"n\":2}"), socket.written);
    assertEquals(List.of(true, true), results, "the completion reaches the caller");
    assertEquals(0, remote.timerRestarts);
  }

  @Test
  void anyOtherEndpointGetsTheStandardSend() {
    List<String> sent = new ArrayList<>();
    RemoteEndpoint.Async plain = (RemoteEndpoint.Async) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {RemoteEndpoint.Async.class}, (p, m, args) -> {
          if (m.getName().equals("sendText") && args.length == 2) {
            sent.add((String) args[0]);
            ((SendHandler) args[1]).onResult(new SendResult());
            return null;
          }
          throw new UnsupportedOperationException(m.getName());
        });
    TextSender sender = new TextSender(sessionWith(plain), writers);
    boolean[] done = {false, false};

    sender.send("{\"op\":\"pong\"}", r -> done[0] = r.isOK());
    sender.send(new OutFrame("{\"n\":2}"), r -> done[1] = r.isOK());

    assertFalse(sender.isDirect());
    assertEquals(List.of("{\"op\":\"pong\"}", "{\"n\":2}"), sent);
    assertTrue(done[0] && done[1]);
  }

  @Test
  void aFrameSentAloneGoesOutAsItsSharedEncodingAndCompletesWhenWritten() {
    Socket socket = new Socket();
    TextSender sender = new TextSender(sessionWith(new TyrusLikeAsync(socket)), writers);
    OutFrame frame = new OutFrame("{\"op\":\"event\",\"text\":\"Grüße\"}");
    List<Boolean> results = new ArrayList<>();

    sender.send(frame, r -> results.add(r.isOK()));
    assertEquals(List.of(true), results, "written at once: completed on return");

    CompletableFuture<Object> backedUp = new CompletableFuture<>();
    socket.next = backedUp;
    sender.send(frame, r -> results.add(r.isOK()));
    writers.runDue();
    assertEquals(List.of(true), results, "not written yet: checked again later");
    backedUp.complete(null);
    writers.runDue();
    assertEquals(List.of(true, true), results);

    CompletableFuture<Object> failing = new CompletableFuture<>();
    socket.next = failing;
    sender.send(frame, r -> results.add(r.isOK()));
    failing.completeExceptionally(new IOException("Verbindung weg"));
    writers.runDue();
    assertEquals(List.of(true, true, false), results, "a failed write is reported");

    CompletableFuture<Object> never = new CompletableFuture<>();
    socket.next = never;
    sender.send(frame, r -> results.add(r.isOK()));
    writers.runDue();
    assertEquals(3, results.size(), "still waiting while the session is open");
    open[0] = false;
    writers.runDue();
    assertEquals(List.of(true, true, false, false), results, "a closed session ends the waiting");
    assertTrue(writers.due.isEmpty());

    assertEquals(4, socket.raw.size());
    assertArrayEquals(OutFrame.encode(frame.text).array(), socket.raw.get(0));
    assertArrayEquals(socket.raw.get(0), socket.raw.get(2), "the same bytes for every send");
    assertEquals(List.of(), socket.written, "nothing went through the text path");
  }
}
