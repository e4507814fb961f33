package de.pilotnetz.chat;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands one text message of a connection to the WebSocket implementation, without re-arming the
 * session's idle timer.
 *
 * <p>Why: through the standard API ({@code RemoteEndpoint.Async.sendText}) Tyrus cancels the
 * session's idle-timer task and schedules a new one on the container's managed scheduler before
 * every send, also when the session has no idle timeout (chat sessions have none, see
 * {@link ChatEndpoint}); the new task then runs at once on a scheduler thread and does nothing.
 * At 50,000 deliveries a second (a 1,000-member room at 50 messages/s) that is 50,000 managed
 * tasks a second, each with its context set up and torn down. Tyrus's remote endpoint sends
 * through its socket object ({@code webSocket}), whose {@code sendText(String, SendHandler)} does
 * the framing and the write and nothing else: this class calls that directly.
 *
 * <p>A frame sent alone goes out as its ready-made encoding ({@link OutFrame#wire()}), shared by
 * all subscribers of a room, through the socket object's {@code sendRawFrame(ByteBuffer)}. That
 * answers with a {@link Future}; it is almost always complete on return (the servlet writer wrote
 * at once), otherwise the socket is backed up and the future is checked again every
 * {@value #RECHECK_MILLIS} ms until it is, or until the session has closed.
 *
 * <p>The socket object is found by reflection once per endpoint class. With another WebSocket
 * implementation, or another Tyrus whose shape differs, the standard API is used, as before.
 */
final class TextSender {
  private static final Logger LOG = Logger.getLogger(TextSender.class.getName());

  static final long RECHECK_MILLIS = 2;
  private static final SendResult OK = new SendResult();

  /**
   * The two ways past the standard API, or null where it must be used: (remote endpoint, text,
   * handler) → void, and (remote endpoint, encoded frame) → Future.
   */
  private record Direct(MethodHandle text, MethodHandle raw) {}

  private static final ClassValue<Direct> DIRECT = new ClassValue<>() {
    @Override
    protected Direct computeValue(Class<?> remoteClass) {
      return direct(remoteClass);
    }
  };

  /**
   * Context class loader while a message goes through the standard API. Capturing the context
   * for the idle-timer task looks up service files through the context class loader: with the
   * web application's loader that searches every jar of the server. This loader sees only the
   * JDK's own modules.
   */
  private static final ClassLoader NO_RESOURCES =
      new ClassLoader("pilotnetz-chat-send", ClassLoader.getPlatformClassLoader()) {};

  private final Session session;
  private final RemoteEndpoint.Async remote;
  private final Direct direct;
  private final ChatWriters later;

  /** {@code later} runs the re-checks of a write that did not complete at once. */
  TextSender(Session session, ChatWriters later) {
    this.session = session;
    this.remote = session.getAsyncRemote();
    this.direct = DIRECT.get(remote.getClass());
    this.later = later;
  }

  /** Whether sends skip the idle timer (for the log and tests). */
  boolean isDirect() {
    return direct != null;
  }

  /** Starts sending one frame; {@code done} is called when it is written or has failed. */
  void send(OutFrame frame, SendHandler done) {
    if (direct == null) {
      send(frame.text, done);
      return;
    }
    Future<?> written;
    try {
      written = (Future<?>) direct.raw().invokeExact((Object) remote, frame.wire());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    whenDone(written, done);
  }

  private void whenDone(Future<?> written, SendHandler done) {
    if (!written.isDone()) {
      if (session.isOpen()) {
        later.later(() -> whenDone(written, done), RECHECK_MILLIS);
      } else { // a write queued on a closed socket may never complete: stop checking
        done.onResult(new SendResult(new IOException("Verbindung geschlossen")));
      }
      return;
    }
    try {
      written.get();
      done.onResult(OK);
    } catch (ExecutionException e) {
      done.onResult(new SendResult(e.getCause()));
    } catch (InterruptedException | CancellationException e) {
      done.onResult(new SendResult(e));
    }
  }

  /** Starts sending {@code text}; {@code done} is called when it is written or has failed. */
  void send(String text, SendHandler done) {
    if (direct != null) {
      try {
        direct.text().invokeExact((Object) remote, text, done);
        return;
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(NO_RESOURCES);
    try {
      remote.sendText(text, done);
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  private static Direct direct(Class<?> remoteClass) {
    try {
      Field socket = field(remoteClass, "webSocket");
      if (socket == null) {
        LOG.log(Level.INFO, "Chat sends use the standard WebSocket API ({0})", remoteClass.getName());
        return null;
      }
      socket.setAccessible(true);
      Method sendText = socket.getType().getMethod("sendText", String.class, SendHandler.class);
      Method sendRaw = socket.getType().getMethod("sendRawFrame", ByteBuffer.class);
      if (!Future.class.isAssignableFrom(sendRaw.getReturnType())) {
        throw new NoSuchMethodException("sendRawFrame answers " + sendRaw.getReturnType());
      }
      sendText.setAccessible(true);
      sendRaw.setAccessible(true);
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      MethodHandle getSocket = lookup.unreflectGetter(socket);
      MethodHandle text = MethodHandles.filterArguments(lookup.unreflect(sendText), 0, getSocket)
          .asType(MethodType.methodType(void.class, Object.class, String.class, SendHandler.class));
      MethodHandle raw = MethodHandles.filterArguments(lookup.unreflect(sendRaw), 0, getSocket)
          .asType(MethodType.methodType(Future.class, Object.class, ByteBuffer.class));
      LOG.log(Level.INFO, "Chat sends skip the idle timer of {0}", remoteClass.getName());
      return new Direct(text, raw);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.INFO, "Chat sends use the standard WebSocket API: {0}", e.toString());
      return null;
    }
  }

  private static Field field(Class<?> c, String name) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }
}
