package de.pilotnetz.thread;

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

/** A member's report that a question or answer needs a moderator; open until a moderator acts. */
@Entity
@Table(name = "content_flag")
class Flag {
  enum Kind { THREAD, ANSWER }

  @Id
  @SequenceGenerator(name = "content_flag_seq", sequenceName = "content_flag_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "content_flag_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "target_id")
  private long targetId;

  @Column(name = "thread_id")
  private long threadId;

  @Column(name = "reporter_id")
  private long reporterId;

  private String reason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  private String resolution;

  protected Flag() {}

  Flag(Kind kind, long targetId, long threadId, long reporterId, String reason, Instant now) {
    this.kind = kind;
    this.targetId = targetId;
    this.threadId = threadId;
    this.reporterId = reporterId;
    this.reason = reason;
    this.createdAt = now;
  }

  void resolve(String resolution, Instant now) {
    this.resolution = resolution;
    this.resolvedAt = now;
  }

  Long id() { return id; }
  Kind kind() { return kind; }
  long targetId() { return targetId; }
  long threadId() { return threadId; }
  long reporterId() { return reporterId; }
  String reason() { return reason; }
  Instant createdAt() { return createdAt; }
}
