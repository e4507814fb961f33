package de.pilotnetz.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.errors.PreconditionFailed;
import de.pilotnetz.platform.errors.PreconditionRequired;
import de.pilotnetz.platform.security.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadRulesTest {
  static final Instant T0 = Instant.parse("2026-11-02T08:00:00Z");

  ThreadRecord thread() {
    return new ThreadRecord("Glasfaser", "Text", "Breitband", List.of("glasfaser"), null, 1L, 7L,
        Visibility.NETWORK, Set.of(), T0);
  }

  @Test
  void lockedThreadRefusesAnswers() {
    ThreadRecord t = thread();
    t.requireOpen();
    t.lock(true);
    assertThrows(Conflict.class, t::requireOpen);
  }

  @Test
  void firstAcceptanceTimeIsKeptWhenTheChoiceChanges() {
    ThreadRecord t = thread();
    t.accept(10L, T0.plusSeconds(600));
    t.accept(11L, T0.plusSeconds(1200));
    assertEquals(11L, t.acceptedAnswerId());
    assertEquals(T0.plusSeconds(600), t.acceptedAt());
    assertTrue(t.solved());
  }

  @Test
  void ifMatchIsRequiredAndMustBeCurrent() {
    assertThrows(PreconditionRequired.class, () -> ThreadService.checkVersion(null, 3));
    assertThrows(PreconditionFailed.class, () -> ThreadService.checkVersion(2L, 3));
    ThreadService.checkVersion(3L, 3);
  }

  @Test
  void medianOfMinutes() {
    assertNull(ThreadService.median(List.of()));
    assertEquals(5L, ThreadService.median(List.of(9L, 1L, 5L)));
    assertEquals(4L, ThreadService.median(List.of(2L, 6L)));
  }

  @Test
  void tagsAreTrimmedLowerCasedAndUnique() {
    assertEquals(List.of("glasfaser", "förderung"), ThreadService.tags(List.of(" Glasfaser", "glasfaser", "Förderung ")));
  }

  @Test
  void ifMatchHeaderIsRead() {
    assertEquals(3L, ThreadResource.version("\"3\""));
    assertEquals(3L, ThreadResource.version("W/\"3\""));
    assertNull(ThreadResource.version(null));
    assertEquals(-1L, ThreadResource.version("\"abc\""));
  }
}
