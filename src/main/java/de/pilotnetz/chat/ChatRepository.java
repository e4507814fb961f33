package de.pilotnetz.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rooms and messages through JPA; membership, the event log, mentions and tickets through SQL.
 * Author names are read with a join on {@code member_account} (the member feature owns that
 * table; a view of it would be cleaner once another feature needs the same).
 */
@ApplicationScoped
class ChatRepository {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  private static final String MESSAGE_COLUMNS = "m.id, m.room_id, m.seq, m.author_id, a.display_name, "
      + "m.body, m.created_at, m.edited_at, m.deleted_at";

  Optional<ChatRoom> room(long id) {
    return Optional.ofNullable(em.find(ChatRoom.class, id));
  }

  /** SELECT … FOR UPDATE on the room row: serialises the events of one room until commit. */
  Optional<ChatRoom> lockRoom(long id) {
    return Optional.ofNullable(em.find(ChatRoom.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  ChatRoom add(ChatRoom r) {
    em.persist(r);
    em.flush();
    return r;
  }

  ChatMessage add(ChatMessage m) {
    em.persist(m);
    em.flush();
    return m;
  }

  void flush() {
    em.flush();
  }

  Optional<ChatMessage> message(long id) {
    return Optional.ofNullable(em.find(ChatMessage.class, id));
  }

  Optional<ChatMessage> byClientId(long roomId, long authorId, String clientMsgId) {
    return em.createQuery("select m from ChatMessage m where m.roomId = :r and m.authorId = :a"
        + " and m.clientMsgId = :c", ChatMessage.class).setParameter("r", roomId)
        .setParameter("a", authorId).setParameter("c", clientMsgId).getResultStream().findFirst();
  }

  boolean isMember(long roomId, long memberId) {
    return !em.createNativeQuery("select 1 from chat_room_member where room_id = ? and member_id = ?")
        .setParameter(1, roomId).setParameter(2, memberId).getResultList().isEmpty();
  }

  void addMember(long roomId, long memberId, Instant now) {
    if (!isMember(roomId, memberId)) {
      em.createNativeQuery("insert into chat_room_member (room_id, member_id, last_read_seq, joined_at)"
          + " values (?, ?, 0, ?)").setParameter(1, roomId).setParameter(2, memberId)
          .setParameter(3, ts(now)).executeUpdate();
    }
  }

  int removeMember(long roomId, long memberId) {
    return em.createNativeQuery("delete from chat_room_member where room_id = ? and member_id = ?")
        .setParameter(1, roomId).setParameter(2, memberId).executeUpdate();
  }

  long memberCount(long roomId) {
    return num(em.createNativeQuery("select count(*) from chat_room_member where room_id = ?")
        .setParameter(1, roomId).getSingleResult());
  }

  List<Long> memberIds(long roomId) {
    List<?> rows = em.createNativeQuery("select member_id from chat_room_member where room_id = ?")
        .setParameter(1, roomId).getResultList();
    return rows.stream().map(ChatRepository::num).toList();
  }

  /** Room members whose display name follows an {@code @} in the text. */
  Set<Long> mentioned(long roomId, String text) {
    Set<Long> ids = new HashSet<>();
    if (!text.contains("@")) {
      return ids;
    }
    List<?> rows = em.createNativeQuery("select a.id, a.display_name from chat_room_member rm"
        + " join member_account a on a.id = rm.member_id where rm.room_id = ?")
        .setParameter(1, roomId).getResultList();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      if (text.contains("@" + row[1])) {
        ids.add(num(row[0]));
      }
    }
    return ids;
  }

  void addMention(long messageId, long memberId) {
    em.createNativeQuery("insert into chat_mention (message_id, member_id) values (?, ?)")
        .setParameter(1, messageId).setParameter(2, memberId).executeUpdate();
  }

  /** Rooms the member has joined plus all public rooms. */
  Set<Long> readableRooms(long memberId) {
    List<?> rows = em.createNativeQuery("select id from chat_room where kind = 'PUBLIC' union "
        + "select room_id from chat_room_member where member_id = ?").setParameter(1, memberId).getResultList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(num(r)));
    return ids;
  }

  Set<Long> joinedRooms(long memberId) {
    List<?> rows = em.createNativeQuery("select room_id from chat_room_member where member_id = ?")
        .setParameter(1, memberId).getResultList();
    Set<Long> ids = new HashSet<>();
    rows.forEach(r -> ids.add(num(r)));
    return ids;
  }

  /** The caller's room list: joined rooms, public rooms and (for staff) every room. */
  List<RoomView> rooms(long memberId, boolean all) {
    List<?> rows = em.createNativeQuery("select r.id, r.kind, r.name, r.description, rm.member_id,"
        + " (select count(*) from chat_room_member x where x.room_id = r.id),"
        + " (select count(*) from chat_message m where m.room_id = r.id and rm.member_id is not null"
        + "   and m.seq > rm.last_read_seq and m.deleted_at is null and m.author_id <> ?),"
        + " r.last_seq, coalesce(rm.last_read_seq, 0)"
        + " from chat_room r left join chat_room_member rm on rm.room_id = r.id and rm.member_id = ?"
        + " where rm.member_id is not null or r.kind = 'PUBLIC' or ? = 1"
        + " order by r.kind, r.name, r.id")
        .setParameter(1, memberId).setParameter(2, memberId).setParameter(3, all ? 1 : 0).getResultList();
    List<RoomView> out = new ArrayList<>();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      out.add(new RoomView(num(c[0]), RoomKind.valueOf((String) c[1]), (String) c[2], (String) c[3],
          c[4] != null, num(c[5]), num(c[6]), num(c[7]), num(c[8])));
    }
    return out;
  }

  long unread(long roomId, long memberId) {
    return num(em.createNativeQuery("select count(*) from chat_message m join chat_room_member rm"
        + " on rm.room_id = m.room_id and rm.member_id = ? where m.room_id = ? and m.seq > rm.last_read_seq"
        + " and m.deleted_at is null and m.author_id <> ?")
        .setParameter(1, memberId).setParameter(2, roomId).setParameter(3, memberId).getSingleResult());
  }

  void markRead(long roomId, long memberId, long seq) {
    em.createNativeQuery("update chat_room_member set last_read_seq = ? where room_id = ? and member_id = ?"
        + " and last_read_seq < ?").setParameter(1, seq).setParameter(2, roomId).setParameter(3, memberId)
        .setParameter(4, seq).executeUpdate();
  }

  void addEvent(long roomId, long seq, String kind, long messageId, Instant now) {
    em.createNativeQuery("insert into chat_event (room_id, seq, kind, message_id, created_at)"
        + " values (?, ?, ?, ?, ?)").setParameter(1, roomId).setParameter(2, seq).setParameter(3, kind)
        .setParameter(4, messageId).setParameter(5, ts(now)).executeUpdate();
  }

  /** Events with {@code after < seq <= upTo}, in order, at most {@code limit}. */
  List<ChatEventRow> events(long roomId, long after, long upTo, int limit) {
    List<?> rows = em.createNativeQuery("select e.seq, e.kind, " + MESSAGE_COLUMNS
        + " from chat_event e join chat_message m on m.id = e.message_id"
        + " join member_account a on a.id = m.author_id"
        + " where e.room_id = ? and e.seq > ? and e.seq <= ? order by e.seq")
        .setParameter(1, roomId).setParameter(2, after).setParameter(3, upTo).setMaxResults(limit)
        .getResultList();
    List<ChatEventRow> out = new ArrayList<>();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      out.add(new ChatEventRow(roomId, num(c[0]), (String) c[1], view(c, 2)));
    }
    return out;
  }

  /** Messages by creation seq: the newest before {@code before}, or the oldest after {@code after}; ascending. */
  List<MessageView> history(long roomId, Long before, Long after, int limit) {
    boolean forward = after != null;
    List<?> rows = em.createNativeQuery("select " + MESSAGE_COLUMNS + " from chat_message m"
        + " join member_account a on a.id = m.author_id where m.room_id = ?"
        + (forward ? " and m.seq > ? order by m.seq" : " and m.seq < ? order by m.seq desc"))
        .setParameter(1, roomId).setParameter(2, forward ? after : (before == null ? Long.MAX_VALUE : before))
        .setMaxResults(limit).getResultList();
    List<MessageView> out = new ArrayList<>();
    for (Object r : rows) {
      out.add(view((Object[]) r, 0));
    }
    if (!forward) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  Optional<MessageView> view(long messageId) {
    List<?> rows = em.createNativeQuery("select " + MESSAGE_COLUMNS + " from chat_message m"
        + " join member_account a on a.id = m.author_id where m.id = ?").setParameter(1, messageId)
        .getResultList();
    return rows.stream().findFirst().map(r -> view((Object[]) r, 0));
  }

  /** The member's own messages that still exist, oldest first, for the data export. */
  List<ChatMessageExport> ownMessages(long memberId) {
    List<?> rows = em.createNativeQuery("select m.id, m.room_id, r.name, m.body, m.created_at, m.edited_at"
        + " from chat_message m join chat_room r on r.id = m.room_id"
        + " where m.author_id = ? and m.deleted_at is null order by m.id").setParameter(1, memberId)
        .getResultList();
    List<ChatMessageExport> out = new ArrayList<>();
    for (Object r : rows) {
      Object[] c = (Object[]) r;
      out.add(new ChatMessageExport(num(c[0]), num(c[1]), (String) c[2], (String) c[3],
          instant(c[4]), instant(c[5])));
    }
    return out;
  }

  /** Message ids after {@code afterId}, for a search rebuild. */
  List<Long> messageIds(long afterId, int limit) {
    List<?> rows = em.createNativeQuery("select id from chat_message where id > ? and deleted_at is null"
        + " order by id").setParameter(1, afterId).setMaxResults(limit).getResultList();
    return rows.stream().map(ChatRepository::num).toList();
  }

  void addTicket(String hash, long memberId, Instant expires) {
    em.createNativeQuery("insert into chat_ticket (ticket_hash, member_id, expires_at) values (?, ?, ?)")
        .setParameter(1, hash).setParameter(2, memberId).setParameter(3, ts(expires)).executeUpdate();
  }

  /** Marks the ticket used if it is unused and valid; the member id, once only. */
  Optional<Long> redeemTicket(String hash, Instant now) {
    int n = em.createNativeQuery("update chat_ticket set used_at = ? where ticket_hash = ?"
        + " and used_at is null and expires_at > ?").setParameter(1, ts(now)).setParameter(2, hash)
        .setParameter(3, ts(now)).executeUpdate();
    if (n != 1) {
      return Optional.empty();
    }
    return Optional.of(num(em.createNativeQuery("select member_id from chat_ticket where ticket_hash = ?")
        .setParameter(1, hash).getSingleResult()));
  }

  void purgeTickets(Instant before) {
    em.createNativeQuery("delete from chat_ticket where expires_at < ?").setParameter(1, ts(before))
        .executeUpdate();
  }

  private MessageView view(Object[] c, int o) {
    return new MessageView(num(c[o]), num(c[o + 1]), num(c[o + 2]), num(c[o + 3]), (String) c[o + 4],
        (String) c[o + 5], instant(c[o + 6]), instant(c[o + 7]), c[o + 8] != null);
  }

  static OffsetDateTime ts(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof java.time.LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(o.toString());
  }

  static long num(Object o) {
    return ((Number) o).longValue();
  }
}
