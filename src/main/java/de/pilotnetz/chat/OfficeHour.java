package de.pilotnetz.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An expert office hour in a room. Scheduled by the expert (topic, start, duration); members ask
 * in the room while it runs; afterwards the expert or a moderator selects question and answer
 * messages. {@code publication} is NONE, then PENDING (selection stored, waiting for the thread
 * feature) or PUBLISHED with the {@code threadId} of the searchable thread.
 */
@Entity
@Table(name = "chat_office_hour")
class OfficeHour {
  @Id
  @SequenceGenerator(name = "chat_office_hour_seq", sequenceName = "chat_office_hour_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_office_hour_seq")
  Long id;

  @Column(name = "room_id", nullable = false)
  Long roomId;

  @Column(name = "expert_id", nullable = false)
  Long expertId;

  @Column(nullable = false)
  String topic;

  @Column(name = "starts_at", nullable = false)
  Instant startsAt;

  @Column(name = "duration_minutes", nullable = false)
  int durationMinutes;

  @Column(nullable = false)
  String publication = "NONE";

  @Column(name = "thread_id")
  Long threadId;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  protected OfficeHour() {}

  OfficeHour(long roomId, long expertId, String topic, Instant startsAt, int durationMinutes, Instant now) {
    this.roomId = roomId;
    this.expertId = expertId;
    this.topic = topic;
    this.startsAt = startsAt;
    this.durationMinutes = durationMinutes;
    this.createdAt = now;
  }

  Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }
}
