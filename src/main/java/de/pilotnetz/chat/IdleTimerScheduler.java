package de.pilotnetz.chat;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;
import java.lang.reflect.Field;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A plain scheduler for the idle timers of chat sessions.
 *
 * <p>Why: Tyrus re-arms a session's idle timer on every frame it receives, on the container's
 * managed scheduler, whose every task captures the thread's context; on a WebSocket thread that
 * looks up service files through the web application's class loader, which searches every jar of
 * the server: about 1.5 ms of CPU before each incoming chat frame reached {@link ChatEndpoint}
 * (JFR, 1,000-member room at 50 messages/s). Chat sessions have no idle timeout, so the timer task
 * does nothing anyway; on this scheduler it costs a few microseconds. Sending skips the timer
 * altogether ({@link TextSender}).
 *
 * <p>The same thread schedules the writers' re-checks of a backed-up write ({@link ChatWriters#later}).
 *
 * <p>Tyrus keeps the scheduler in a private field of its session, set by reflection here. Another
 * WebSocket implementation, or a Tyrus without that field, keeps its own scheduler.
 */
@ApplicationScoped
class IdleTimerScheduler {
  private static final Logger LOG = Logger.getLogger(IdleTimerScheduler.class.getName());
  private static final String FIELD = "service";

  private static final ClassValue<Field> SCHEDULER_FIELD = new ClassValue<>() {
    @Override
    protected Field computeValue(Class<?> sessionClass) {
      return schedulerField(sessionClass);
    }
  };

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  private volatile ScheduledThreadPoolExecutor scheduler;

  /** Gives the session this scheduler; false where the session has no such field. */
  boolean adopt(Session session) {
    return install(session, scheduler());
  }

  /** Puts {@code scheduler} into the session's scheduler field, if it has one. */
  static boolean install(Object session, ScheduledExecutorService scheduler) {
    Field f = SCHEDULER_FIELD.get(session.getClass());
    if (f == null) {
      return false;
    }
    try {
      f.set(session, scheduler);
      return true;
    } catch (IllegalAccessException | RuntimeException e) {
      return false;
    }
  }

  ScheduledExecutorService scheduler() {
    ScheduledThreadPoolExecutor s = scheduler;
    return s != null ? s : start();
  }

  private synchronized ScheduledExecutorService start() {
    if (scheduler == null) {
      ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, threads);
      s.setRemoveOnCancelPolicy(true); // a re-armed timer leaves no cancelled task behind
      scheduler = s;
    }
    return scheduler;
  }

  @PreDestroy
  synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  private static Field schedulerField(Class<?> sessionClass) {
    for (Class<?> k = sessionClass; k != null && k != Object.class; k = k.getSuperclass()) {
      try {
        Field f = k.getDeclaredField(FIELD);
        if (f.getType() != ScheduledExecutorService.class) {
          break;
        }
        f.setAccessible(true);
        LOG.log(Level.INFO, "Chat sessions'' idle timers run on a plain scheduler ({0})",
            k.getName());
        return f;
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (RuntimeException e) {
        break;
      }
    }
    LOG.log(Level.INFO, "Chat sessions keep their container''s idle-timer scheduler ({0})",
        sessionClass.getName());
    return null;
  }
}
