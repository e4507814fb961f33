package de.pilotnetz.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** The text an answer had before an edit. */
@Entity
@Table(name = "answer_revision")
class AnswerRevision {
  @Id
  @SequenceGenerator(name = "answer_revision_seq", sequenceName = "answer_revision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_revision_seq")
  private Long id;

  @Column(name = "answer_id")
  private long answerId;

  private int revision;
  private String body;

  @Column(name = "editor_id")
  private long editorId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected AnswerRevision() {}

  AnswerRevision(long answerId, int revision, String body, long editorId, Instant createdAt) {
    this.answerId = answerId;
    this.revision = revision;
    this.body = body;
    this.editorId = editorId;
    this.createdAt = createdAt;
  }

  int revision() { return revision; }
  String body() { return body; }
  Instant createdAt() { return createdAt; }
}
