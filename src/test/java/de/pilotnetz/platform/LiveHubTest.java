package de.pilotnetz.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.live.LiveHub;
import de.pilotnetz.platform.live.Sink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveHubTest {

  static final class TestSink implements Sink {
    final long member;
    final int capacity;
    final List<String> frames = new ArrayList<>();
    String closedWith;

    TestSink(long member, int capacity) {
      this.member = member;
      this.capacity = capacity;
    }

    @Override
    public long memberId() {
      return member;
    }

    @Override
    public boolean offer(String frame) {
      if (closedWith != null || frames.size() >= capacity) {
        return false;
      }
      return frames.add(frame);
    }

    @Override
    public void close(String reason) {
      closedWith = reason;
    }
  }

  @Test
  void deliversToEveryTabOfTheMemberAndClosesSlowOnes() {
    LiveHub hub = new LiveHub();
    List<Long> presence = new ArrayList<>();
    hub.onPresenceChange(presence::add);
    TestSink tab1 = new TestSink(7, 10);
    TestSink slow = new TestSink(7, 1);
    TestSink other = new TestSink(8, 10);
    hub.register(tab1);
    hub.register(slow);
    hub.register(other);
    assertEquals(List.of(7L, 8L), presence, "several tabs count as one presence");
    assertEquals(2, hub.toMember(7, "{\"op\":\"a\"}"));
    assertEquals(1, hub.toMember(7, "{\"op\":\"b\"}"));
    assertEquals("Zu langsam: bitte neu verbinden", slow.closedWith);
    assertEquals(List.of("{\"op\":\"a\"}", "{\"op\":\"b\"}"), tab1.frames);
    assertTrue(other.frames.isEmpty());
    assertEquals(2, hub.connections());
    hub.unregister(tab1);
    assertFalse(hub.isOnline(7));
    assertEquals(List.of(7L, 8L, 7L), presence);
  }
}
