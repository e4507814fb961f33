package de.pilotnetz.chat;

import de.pilotnetz.platform.live.Fanout;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chat WebSocket {@code /ws}: JSON frames as documented in the README. Each bad frame is
 * answered with an error frame and the connection stays usable. Frames of one connection are
 * handled one after another; all sending goes through the connection's bounded queue.
 */
@ServerEndpoint(value = "/ws", configurator = ChatHandshake.class)
public class ChatEndpoint {
  private static final Logger LOG = Logger.getLogger(ChatEndpoint.class.getName());
  static final int MAX_FRAME_BYTES = 64 * 1024;

  private Connection conn;
  private ChatPresence presence;
  private Subscriptions subscriptions;
  private MessageService messages;
  private RoomBus bus;
  private Fanout fanout;

  @OnOpen
  public void open(Session session) throws IOException {
    Object caller = session.getUserProperties().get(ChatHandshake.CALLER);
    if (!(caller instanceof Caller c)) {
      Object why = session.getUserProperties().getOrDefault(ChatHandshake.DENIED, "Nicht angemeldet");
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, why.toString()));
      return;
    }
    var cdi = CDI.current();
    cdi.select(IdleTimerScheduler.class).get().adopt(session); // before the timer is re-armed below
    session.setMaxTextMessageBufferSize(MAX_FRAME_BYTES);
    session.setMaxIdleTimeout(0);
    messages = cdi.select(MessageService.class).get();
    subscriptions = cdi.select(Subscriptions.class).get();
    presence = cdi.select(ChatPresence.class).get();
    bus = cdi.select(RoomBus.class).get();
    fanout = cdi.select(Fanout.class).get();
    conn = new Connection(session, c, messages, cdi.select(ChatWriters.class).get());
    presence.connected(conn);
  }

  @OnMessage(maxMessageSize = MAX_FRAME_BYTES)
  public void message(String text) {
    if (conn == null || conn.isClosed()) {
      return;
    }
    JsonObject f;
    try (JsonReader r = Frames.JSON.createReader(new StringReader(text))) {
      JsonValue v = r.readValue();
      if (!(v instanceof JsonObject o)) {
        error("malformed", "Ein Frame ist ein JSON-Objekt.");
        return;
      }
      f = o;
    } catch (JsonException e) {
      error("malformed", "Das ist kein gültiges JSON.");
      return;
    }
    try {
      handle(f);
    } catch (ChatError e) {
      error(e.code, e.getMessage());
    } catch (BadFrame e) {
      error("invalid", e.getMessage());
    } catch (RuntimeException e) {
      ChatError ce = cause(e);
      if (ce != null) {
        error(ce.code, ce.getMessage());
      } else {
        LOG.log(Level.WARNING, "Chat frame failed", e);
        error("internal", "Interner Fehler; bitte erneut versuchen.");
      }
    }
  }

  private void handle(JsonObject f) {
    String op = f.get("op") instanceof JsonString s ? s.getString() : null;
    Caller c = conn.caller;
    switch (op == null ? "" : op) {
      case "ping" -> {
        if (f.get("status") instanceof JsonString s) {
          presence.status(conn, "away".equals(s.getString()));
        }
        conn.send("{\"op\":\"pong\"}");
      }
      case "subscribe" -> {
        long room = num(f, "room");
        long since = f.containsKey("since") && !f.isNull("since") ? num(f, "since") : 0;
        long members = messages.checkSubscribe(c, room);
        conn.subscribe(room, since, subscriptions);
        presence.snapshot(conn, room, members);
      }
      case "unsubscribe" -> conn.unsubscribe(num(f, "room"), subscriptions);
      case "send" -> {
        Ack ack = messages.send(c, num(f, "room"), str(f, "clientMsgId"), str(f, "text"));
        conn.send(ack.frame()); // the service returned: committed
      }
      case "edit" -> messages.edit(c, num(f, "room"), num(f, "id"), str(f, "text"));
      case "delete" -> messages.delete(c, num(f, "room"), num(f, "id"));
      case "typing" -> {
        long room = num(f, "room");
        if (!conn.subs.containsKey(room)) {
          throw new ChatError("not_subscribed", "Bitte zuerst den Raum abonnieren.");
        }
        bus.publish(room, 0, Frames.JSON.createObjectBuilder().add("op", "typing").add("room", room)
            .add("member", c.memberId()).add("name", c.displayName()).build().toString());
      }
      case "read" -> {
        long room = num(f, "room");
        long seq = num(f, "seq");
        long unread = messages.read(c, room, seq);
        fanout.toMember(c.memberId(), Frames.JSON.createObjectBuilder().add("op", "unread").add("room", room)
            .add("count", unread).add("readSeq", seq).build().toString());
      }
      default -> error("unknown_op", "Unbekannte Operation: " + (op == null ? "(keine)" : op));
    }
  }

  @OnClose
  public void close(Session session, CloseReason reason) {
    if (conn != null) {
      for (Long room : conn.subs.keySet()) {
        subscriptions.remove(room, conn);
      }
      presence.disconnected(conn);
    }
  }

  @OnError
  public void error(Session session, Throwable t) {
    LOG.log(Level.FINE, "WebSocket error", t);
  }

  private void error(String code, String message) {
    conn.send(Frames.JSON.createObjectBuilder().add("op", "error").add("code", code).add("message", message)
        .build().toString());
  }

  private static ChatError cause(Throwable t) {
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof ChatError ce) {
        return ce;
      }
    }
    return null;
  }

  private static final class BadFrame extends RuntimeException {
    BadFrame(String message) {
      super(message, null, false, false);
    }
  }

  private static long num(JsonObject f, String field) {
    if (f.get(field) instanceof JsonNumber n && n.isIntegral()) {
      return n.longValue();
    }
    throw new BadFrame("Feld \"" + field + "\" fehlt oder ist keine ganze Zahl.");
  }

  private static String str(JsonObject f, String field) {
    if (f.get(field) instanceof JsonString s) {
      return s.getString();
    }
    throw new BadFrame("Feld \"" + field + "\" fehlt oder ist kein Text.");
  }
}
