package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Role;
import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The send queue of one connection against a fake session whose writes complete on demand. */
class ConnectionTest {
  /** Records sends and keeps their completion handlers, so a test decides when a write finishes. */
  static final class FakeSocket {
    final List<String> sent = new ArrayList<>();
    final List<SendHandler> pending = new ArrayList<>();
    CloseReason closed;

    Session session() {
      RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {RemoteEndpoint.Async.class}, (p, m, args) -> {
            if (m.getName().equals("sendText") && args.length == 2) {
              sent.add((String) args[0]);
              pending.add((SendHandler) args[1]);
              return null;
            }
            throw new UnsupportedOperationException(m.getName());
          });
      return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
          (p, m, args) -> switch (m.getName()) {
            case "getAsyncRemote" -> remote;
            case "close" -> {
              closed = (CloseReason) args[0];
              yield null;
            }
            default -> throw new UnsupportedOperationException(m.getName());
          });
    }

    void completeWrite() {
      pending.remove(0).onResult(new SendResult());
    }
  }

  /** Runs writes on the calling thread, so the test sees each step. */
  static final class InlineWriters extends ChatWriters {
    @Override
    void execute(Runnable r) {
      r.run();
    }
  }

  final FakeSocket socket = new FakeSocket();
  final Connection conn = new Connection(socket.session(),
      new Caller(7L, "Karin Hofmann", Set.of(Role.MAYOR), 1L), null, new InlineWriters());

  @Test
  void framesQueuedDuringAWriteGoOutAsOneNewlineSeparatedMessageInOrder() {
    conn.send("{\"n\":1}");
    conn.send("{\"n\":2}");
    conn.send("{\"n\":3}");
    conn.send("{\"n\":4}");
    assertEquals(List.of("{\"n\":1}"), socket.sent, "one write in flight at a time");
    socket.completeWrite();
    assertEquals("{\"n\":2}\n{\"n\":3}\n{\"n\":4}", socket.sent.get(1));
    socket.completeWrite();
    assertEquals(2, socket.sent.size());
    conn.send("{\"n\":5}");
    assertEquals("{\"n\":5}", socket.sent.get(2), "an idle connection sends at once, unbatched");
  }

  @Test
  void aFailedWriteClosesTheConnectionAndSendsNothingMore() {
    conn.send("{\"n\":1}");
    conn.send("{\"n\":2}");
    socket.pending.remove(0).onResult(new SendResult(new java.io.IOException("Verbindung weg")));

    assertTrue(conn.isClosed());
    assertEquals("Senden fehlgeschlagen", socket.closed.getReasonPhrase());
    conn.send("{\"n\":3}");
    assertEquals(List.of("{\"n\":1}"), socket.sent);
  }

  @Test
  void aBatchHoldsAtMostBatchFrames() {
    conn.send("{\"n\":0}");
    for (int i = 1; i <= Connection.BATCH_FRAMES + 1; i++) {
      conn.send("{\"n\":" + i + "}");
    }
    socket.completeWrite();
    assertEquals(Connection.BATCH_FRAMES, socket.sent.get(1).split("\n").length);
    socket.completeWrite();
    assertEquals("{\"n\":" + (Connection.BATCH_FRAMES + 1) + "}", socket.sent.get(2));
  }

  @Test
  void aReplayLeavesRoomForLiveFramesSoThatTheyDoNotCloseTheConnection() throws Exception {
    conn.send("{\"n\":0}"); // in flight, never completed
    Thread replay = new Thread(() -> {
      for (int seq = 1; seq <= Connection.QUEUE_FRAMES; seq++) {
        conn.sendWaiting("{\"seq\":" + seq + "}");
      }
    });
    replay.start();
    long until = System.nanoTime() + 5_000_000_000L;
    while (conn.queued() < Connection.QUEUE_FRAMES - Connection.REPLAY_RESERVE && System.nanoTime() < until) {
      Thread.sleep(1);
    }
    Thread.sleep(100); // the replay must stop at the reserve, not fill the queue
    assertEquals(Connection.QUEUE_FRAMES - Connection.REPLAY_RESERVE, conn.queued());
    for (int i = 0; i < Connection.REPLAY_RESERVE; i++) {
      conn.send("{\"op\":\"presence\"}");
    }
    assertFalse(conn.isClosed(), "live frames during a replay fit into the reserve");
    conn.close("test over");
    replay.join(5_000);
    assertFalse(replay.isAlive(), "a closed connection ends the replay");
  }

  @Test
  void aClientThatDoesNotReadIsClosedAsTooSlowOnceTheQueueIsFull() {
    conn.send("{\"n\":0}"); // in flight, never completed
    for (int i = 1; i <= Connection.QUEUE_FRAMES; i++) {
      conn.send("{\"n\":" + i + "}");
    }
    assertNull(socket.closed, "a full queue is still within bounds");
    assertFalse(conn.isClosed());
    conn.send("{\"n\":\"one too many\"}");
    assertTrue(conn.isClosed());
    assertEquals(CloseReason.CloseCodes.TRY_AGAIN_LATER, socket.closed.getCloseCode());
    assertEquals(Connection.TOO_SLOW, socket.closed.getReasonPhrase());
    assertFalse(conn.offer("{\"n\":\"after close\"}"));
  }
}
