package de.pilotnetz.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.live.ClusterNode;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChatRulesTest {
  static final Caller MAYOR = new Caller(7L, "Karin Hofmann", Set.of(Role.MAYOR), 1L);
  static final Caller MODERATOR = new Caller(8L, "Jonas Weber", Set.of(Role.MODERATOR), null);

  @Test
  void theRoomCounterCountsWithoutGaps() {
    ChatRoom r = new ChatRoom(RoomKind.PUBLIC, "Breitband", null, 7, Instant.EPOCH);
    assertEquals(List.of(1L, 2L, 3L), List.of(r.nextSeq(), r.nextSeq(), r.nextSeq()));
  }

  @Test
  void aDeletedMessageIsBlankAndCannotBeEditedOrDeletedAgain() {
    ChatMessage m = new ChatMessage(1, 7, "c1", "Förderung beantragt", 1, Instant.EPOCH);
    m.delete(Instant.EPOCH);
    assertEquals("", m.body);
    assertTrue(m.deleted());
    assertEquals("deleted", assertThrows(ChatError.class, () -> m.edit("neu", Instant.EPOCH)).code);
    assertEquals(409, assertThrows(ChatError.class, () -> m.delete(Instant.EPOCH)).status());
  }

  @Test
  void textMustBeNonBlankAndAtMost4000Characters() {
    assertEquals("Hallo", MessageService.checkText("  Hallo \n"));
    assertEquals("invalid", assertThrows(ChatError.class, () -> MessageService.checkText(" ")).code);
    assertEquals("too_long", assertThrows(ChatError.class, () -> MessageService.checkText("ä".repeat(4001))).code);
    assertEquals(4000, MessageService.checkText("ä".repeat(4000)).length());
  }

  @Test
  void onlyAuthorsEditAndModeratorsDeleteAnything() {
    assertTrue(Access.canChangeChatMessage(MAYOR, 7, false));
    assertFalse(Access.canChangeChatMessage(MAYOR, 9, false));
    assertFalse(Access.canChangeChatMessage(MAYOR, 9, true));
    assertFalse(Access.canChangeChatMessage(MODERATOR, 9, false));
    assertTrue(Access.canChangeChatMessage(MODERATOR, 9, true));
  }

  @Test
  void privateRoomsAreReadByMembersAndStaffOnly() {
    assertFalse(Access.canReadChatRoom(MAYOR, false, false));
    assertTrue(Access.canReadChatRoom(MAYOR, false, true));
    assertTrue(Access.canReadChatRoom(MAYOR, true, false));
    assertTrue(Access.canReadChatRoom(MODERATOR, false, false));
    assertFalse(Access.canReadChatRoom(Caller.anonymous(), true, false));
  }

  @Test
  void theRateLimitAllowsTenMessagesPerWindow() {
    RateLimiter limiter = new RateLimiter();
    limiter.limit = 10;
    limiter.cluster = new ClusterNode();
    for (int i = 0; i < 10; i++) {
      assertTrue(limiter.tryAcquire(7));
    }
    assertFalse(limiter.tryAcquire(7));
    assertTrue(limiter.tryAcquire(8), "counted per member");
  }

  @Test
  void theSessionCookieIsFoundAmongOthers() {
    assertEquals("abc", ChatHandshake.cookie(List.of("a=1; PILOTNETZ_SESSION=abc; b=2"), "PILOTNETZ_SESSION"));
    assertNull(ChatHandshake.cookie(List.of("XPILOTNETZ_SESSION=abc"), "PILOTNETZ_SESSION"));
    assertNull(ChatHandshake.cookie(null, "PILOTNETZ_SESSION"));
  }
}
