package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkTest {

  private static final Duration GRACE = Duration.ofSeconds(30);
  private final Instant t0 = Instant.parse("2026-11-25T10:00:00Z");

  @Test
  void advancesOverContiguousNumbers() {
    Watermark w = new Watermark(0);
    w.applied(1, t0);
    w.applied(2, t0);
    w.advance(t0, GRACE);
    assertEquals(2, w.value());
    assertEquals(List.of(), w.gaps());
  }

  @Test
  void staysBelowAGapUntilItIsFilled() {
    Watermark w = new Watermark(9);
    w.applied(11, t0);
    w.applied(14, t0);
    w.advance(t0.plusSeconds(5), GRACE);
    assertEquals(9, w.value());
    assertEquals(List.of(new Watermark.Gap(10, 10), new Watermark.Gap(12, 13)), w.gaps());
    assertTrue(w.isApplied(11));
    assertFalse(w.isApplied(10));
    w.applied(10, t0.plusSeconds(6));
    w.advance(t0.plusSeconds(6), GRACE);
    assertEquals(11, w.value());
    assertEquals(14, w.highestApplied());
  }

  @Test
  void givesUpAGapAfterTheGracePeriod() {
    Watermark w = new Watermark(9);
    w.applied(11, t0);
    w.advance(t0.plus(GRACE).minusMillis(1), GRACE);
    assertEquals(9, w.value());
    w.advance(t0.plus(GRACE), GRACE);
    assertEquals(11, w.value());
    assertEquals(List.of(), w.gaps());
  }

  @Test
  void aGapIsTimedFromTheFirstNumberAppliedAboveIt() {
    Watermark w = new Watermark(0);
    w.applied(3, t0);
    w.applied(5, t0.plusSeconds(20));
    w.applied(1, t0.plusSeconds(20));
    // gap 2 known since t0, gap 4 only since t0+20 s
    w.advance(t0.plusSeconds(31), GRACE);
    assertEquals(3, w.value());
    w.advance(t0.plusSeconds(51), GRACE);
    assertEquals(5, w.value());
  }
}
