package de.pilotnetz.chat;

import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The use cases of the WebSocket: send, edit, delete, read, subscribe and replay. The caller is
 * passed in (a WebSocket has no request scope). Every write locks the room's counter row first,
 * takes the next seq, stores the event and records the search change in the same transaction;
 * broadcasting happens after commit ({@link ChatBroadcaster}), and the endpoint sends the ack
 * only after this method returned, i.e. after commit.
 */
@ApplicationScoped
@Transactional
public class MessageService {
  static final int REPLAY_PAGE = 200;

  @Inject ChatRepository repo;
  @Inject SearchChanges search;
  @Inject Event<ChatEventStored> stored;
  @Inject RateLimiter rateLimiter;
  @Inject Clock clock;

  Ack send(Caller c, long roomId, String clientMsgId, String text) {
    if (clientMsgId == null || clientMsgId.isBlank() || clientMsgId.length() > 64) {
      throw new ChatError("invalid", "clientMsgId fehlt oder ist länger als 64 Zeichen.");
    }
    String body = checkText(text);
    var earlier = repo.byClientId(roomId, c.memberId(), clientMsgId);
    if (earlier.isPresent()) {
      return ack(earlier.get());
    }
    if (!rateLimiter.tryAcquire(c.memberId())) {
      throw new ChatError("rate_limited", "Zu viele Nachrichten: höchstens " + rateLimiter.limit()
          + " in 5 Sekunden.");
    }
    ChatRoom room = repo.lockRoom(roomId).orElseThrow(ChatService::roomNotFound);
    boolean member = repo.isMember(roomId, c.memberId());
    if (!Access.canPostInChatRoom(c, room.isPublic(), member)) {
      throw denied(c, room, member);
    }
    // Under the room lock, so a concurrent resend from a second tab finds the first one here.
    earlier = repo.byClientId(roomId, c.memberId(), clientMsgId);
    if (earlier.isPresent()) {
      return ack(earlier.get());
    }
    Instant now = clock.instant();
    if (!member) {
      repo.addMember(roomId, c.memberId(), now); // posting in a public room joins it
    }
    long seq = room.nextSeq();
    ChatMessage m = repo.add(new ChatMessage(roomId, c.memberId(), clientMsgId, body, seq, now));
    Set<Long> mentioned = repo.mentioned(roomId, body);
    mentioned.remove(c.memberId());
    mentioned.forEach(id -> repo.addMention(m.id, id));
    record(room, seq, "message", m, mentioned);
    repo.markRead(roomId, c.memberId(), seq);
    return ack(m);
  }

  MessageView edit(Caller c, long roomId, long messageId, String text) {
    String body = checkText(text);
    ChatRoom room = repo.lockRoom(roomId).orElseThrow(ChatService::roomNotFound);
    ChatMessage m = changeable(c, room, messageId, false);
    m.edit(body, clock.instant());
    return record(room, room.nextSeq(), "edit", m, Set.of());
  }

  MessageView delete(Caller c, long roomId, long messageId) {
    ChatRoom room = repo.lockRoom(roomId).orElseThrow(ChatService::roomNotFound);
    ChatMessage m = changeable(c, room, messageId, true);
    m.delete(clock.instant());
    return record(room, room.nextSeq(), "delete", m, Set.of());
  }

  /** Moves the read marker forward; answers the number of unread messages left. */
  long read(Caller c, long roomId, long seq) {
    if (!repo.isMember(roomId, c.memberId())) {
      throw ChatService.roomNotFound();
    }
    repo.markRead(roomId, c.memberId(), seq);
    return repo.unread(roomId, c.memberId());
  }

  /** Checks that the caller may subscribe; answers the room's member count. */
  long checkSubscribe(Caller c, long roomId) {
    ChatRoom room = repo.room(roomId).orElseThrow(ChatService::roomNotFound);
    boolean member = repo.isMember(roomId, c.memberId());
    if (!Access.canReadChatRoom(c, room.isPublic(), member)) {
      throw ChatService.roomNotFound();
    }
    return repo.memberCount(roomId);
  }

  /** Events {@code after < seq <= upTo} of a room the caller was allowed to subscribe to. */
  List<ChatEventRow> events(long roomId, long after, long upTo, int limit) {
    return repo.events(roomId, after, upTo, limit);
  }

  List<Long> memberIds(long roomId) {
    return repo.memberIds(roomId);
  }

  Set<Long> joinedRooms(long memberId) {
    return repo.joinedRooms(memberId);
  }

  private ChatMessage changeable(Caller c, ChatRoom room, long messageId, boolean delete) {
    ChatMessage m = repo.message(messageId).filter(x -> x.roomId.equals(room.id))
        .orElseThrow(() -> new ChatError("not_found", "Die Nachricht wurde nicht gefunden."));
    boolean member = repo.isMember(room.id, c.memberId());
    if (!Access.canReadChatRoom(c, room.isPublic(), member)) {
      throw ChatService.roomNotFound();
    }
    if (!Access.canChangeChatMessage(c, m.authorId, delete)) {
      throw new ChatError("forbidden", delete ? "Sie dürfen nur eigene Nachrichten löschen."
          : "Sie dürfen nur eigene Nachrichten bearbeiten.");
    }
    return m;
  }

  private MessageView record(ChatRoom room, long seq, String kind, ChatMessage m, Set<Long> mentioned) {
    Instant now = clock.instant();
    repo.flush();
    repo.addEvent(room.id, seq, kind, m.id, now);
    search.record(DocType.CHAT, m.id);
    MessageView view = repo.view(m.id).orElseThrow();
    stored.fire(new ChatEventStored(new ChatEventRow(room.id, seq, kind, view), Set.copyOf(mentioned)));
    return view;
  }

  private static Ack ack(ChatMessage m) {
    return new Ack(m.clientMsgId, m.roomId, m.seq, m.id);
  }

  private static ChatError denied(Caller c, ChatRoom room, boolean member) {
    return Access.canReadChatRoom(c, room.isPublic(), member)
        ? new ChatError("forbidden", "Sie dürfen in diesem Raum nicht schreiben.")
        : ChatService.roomNotFound();
  }

  static String checkText(String text) {
    if (text == null || text.isBlank()) {
      throw new ChatError("invalid", "Die Nachricht ist leer.");
    }
    if (text.length() > ChatMessage.MAX_LENGTH) {
      throw new ChatError("too_long", "Die Nachricht ist länger als 4.000 Zeichen.");
    }
    return text.strip();
  }
}
