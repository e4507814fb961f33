package de.pilotnetz.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A chat room. Besides its name it holds the room's event counter {@code lastSeq}: every message,
 * edit and delete takes the next number while the row is locked ({@code PESSIMISTIC_WRITE}, i.e.
 * {@code SELECT … FOR UPDATE}) in the transaction that stores the event, so numbers commit in order,
 * without gaps and without duplicates, however many senders write at once. The lock is held only
 * for the few statements of one event.
 */
@Entity
@Table(name = "chat_room")
class ChatRoom {
  @Id
  @SequenceGenerator(name = "chat_room_seq", sequenceName = "chat_room_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_room_seq")
  Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  RoomKind kind;

  @Column(nullable = false)
  String name;

  String description;

  @Column(name = "created_by", nullable = false)
  Long createdBy;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "last_seq", nullable = false)
  long lastSeq;

  protected ChatRoom() {}

  ChatRoom(RoomKind kind, String name, String description, long createdBy, Instant now) {
    this.kind = kind;
    this.name = name;
    this.description = description;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** The next event number; call only on a row locked for this transaction. */
  long nextSeq() {
    return ++lastSeq;
  }

  boolean isPublic() {
    return kind == RoomKind.PUBLIC;
  }
}
