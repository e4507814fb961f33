package de.pilotnetz.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A chat message. Created with the room's next event number ({@code seq}); an edit replaces the
 * text and a delete blanks it (the row stays, so that replays and history show "deleted"), each
 * as a new event of the room. The author's {@code clientMsgId} makes a resent message idempotent.
 */
@Entity
@Table(name = "chat_message")
class ChatMessage {
  static final int MAX_LENGTH = 4000;

  @Id
  @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_message_seq")
  Long id;

  @Column(name = "room_id", nullable = false)
  Long roomId;

  @Column(name = "author_id", nullable = false)
  Long authorId;

  @Column(name = "client_msg_id", nullable = false)
  String clientMsgId;

  @Column(nullable = false)
  String body;

  @Column(nullable = false)
  long seq;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "edited_at")
  Instant editedAt;

  @Column(name = "deleted_at")
  Instant deletedAt;

  protected ChatMessage() {}

  ChatMessage(long roomId, long authorId, String clientMsgId, String body, long seq, Instant now) {
    this.roomId = roomId;
    this.authorId = authorId;
    this.clientMsgId = clientMsgId;
    this.body = body;
    this.seq = seq;
    this.createdAt = now;
  }

  void edit(String text, Instant now) {
    if (deletedAt != null) {
      throw new ChatError("deleted", "Die Nachricht wurde gelöscht.");
    }
    body = text;
    editedAt = now;
  }

  void delete(Instant now) {
    if (deletedAt != null) {
      throw new ChatError("deleted", "Die Nachricht wurde schon gelöscht.");
    }
    body = "";
    deletedAt = now;
  }

  boolean deleted() {
    return deletedAt != null;
  }
}
