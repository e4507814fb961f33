package de.pilotnetz.notify;

import de.pilotnetz.platform.live.LiveHub;
import de.pilotnetz.platform.live.Sink;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Server-Sent-Events streams of notifications, registered as {@link Sink}s in the platform's
 * {@link LiveHub} until chat brings the shared WebSocket. Each stream holds at most {@value
 * #QUEUE} frames in flight; a stream that falls further behind is closed and the browser
 * reconnects (EventSource does that by itself) and reloads the list. A comment every 25 s keeps
 * proxies from closing idle streams and finds streams whose browser is gone.
 */
@ApplicationScoped
class LiveStreams {
  private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());
  static final int QUEUE = 100;

  @Inject LiveHub hub;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<SseSink> open = ConcurrentHashMap.newKeySet();
  private volatile ScheduledFuture<?> heartbeat;

  void open(NotificationService.StreamStart start, SseEventSink events, Sse sse) {
    SseSink sink = new SseSink(start.memberId(), events, sse);
    open.add(sink);
    hub.register(sink);
    sink.offer(LiveDelivery.countFrame(start.unread()));
    startHeartbeat();
  }

  private synchronized void startHeartbeat() {
    if (heartbeat == null) {
      heartbeat = scheduler.scheduleAtFixedRate(this::ping, 25, 25, TimeUnit.SECONDS);
    }
  }

  private void ping() {
    for (SseSink s : open) {
      s.ping();
    }
  }

  @PreDestroy
  void stop() {
    if (heartbeat != null) {
      heartbeat.cancel(true);
    }
    open.forEach(s -> s.close("Server wird beendet"));
  }

  /** One browser tab's stream. */
  final class SseSink implements Sink {
    private final long memberId;
    private final SseEventSink events;
    private final Sse sse;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    SseSink(long memberId, SseEventSink events, Sse sse) {
      this.memberId = memberId;
      this.events = events;
      this.sse = sse;
    }

    @Override
    public long memberId() {
      return memberId;
    }

    @Override
    public boolean offer(String frame) {
      if (closed || events.isClosed()) {
        gone();
        return false;
      }
      if (inFlight.incrementAndGet() > QUEUE) {
        inFlight.decrementAndGet();
        return false;
      }
      events.send(sse.newEventBuilder().data(frame).build()).whenComplete((ok, failure) -> {
        inFlight.decrementAndGet();
        if (failure != null) {
          gone();
        }
      });
      return true;
    }

    void ping() {
      if (closed || events.isClosed()) {
        gone();
        return;
      }
      events.send(sse.newEventBuilder().comment("ping").build()).whenComplete((ok, failure) -> {
        if (failure != null) {
          gone();
        }
      });
    }

    @Override
    public void close(String reason) {
      if (!closed) {
        try {
          events.send(sse.newEventBuilder().name("close").data(reason).build());
        } catch (RuntimeException ignored) {
          // the stream is already broken
        }
      }
      gone();
    }

    private void gone() {
      if (closed) {
        return;
      }
      closed = true;
      open.remove(this);
      hub.unregister(this);
      try {
        events.close();
      } catch (RuntimeException e) {
        LOG.fine(() -> "closing a notification stream: " + e);
      }
    }
  }
}
