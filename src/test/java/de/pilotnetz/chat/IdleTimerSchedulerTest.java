package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which sessions get the plain idle-timer scheduler. */
class IdleTimerSchedulerTest {
  /** Shaped like Tyrus's session: the scheduler in a private field {@code service}. */
  static class TyrusLikeSession {
    private ScheduledExecutorService service = Executors.newSingleThreadScheduledExecutor();

    ScheduledExecutorService scheduler() {
      return service;
    }
  }

  /** A subclass, as a container may hand out: the field is found in the superclass. */
  static final class WrappedSession extends TyrusLikeSession {}

  /** Same field name, other type: left alone. */
  static final class OtherSession {
    private String service = "kein Planer";
  }

  final ScheduledExecutorService plain = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    plain.shutdownNow();
  }

  @Test
  void aTyrusShapedSessionGetsThePlainScheduler() {
    TyrusLikeSession session = new WrappedSession();
    ScheduledExecutorService before = session.scheduler();

    assertTrue(IdleTimerScheduler.install(session, plain));

    assertSame(plain, session.scheduler());
    before.shutdownNow();
  }

  @Test
  void aSessionWithoutSuchAFieldKeepsItsOwn() {
    OtherSession other = new OtherSession();

    assertFalse(IdleTimerScheduler.install(other, plain));
    assertFalse(IdleTimerScheduler.install(new Object(), plain));
  }
}
