package de.pilotnetz.thread;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An answer to a thread. Its author edits it; each edit keeps the previous text as an {@link
 * AnswerRevision} and bumps {@code revision}. {@code score} is the sum of the votes, kept here so
 * that answers sort without a join. A client request id makes a retried submission idempotent.
 */
@Entity
@Table(name = "thread_answer")
class Answer {
  @Id
  @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
  private Long id;

  @Column(name = "thread_id")
  private long threadId;

  @Column(name = "author_id")
  private long authorId;

  private String body;
  private int score;
  private int revision = 1;
  private boolean hidden;

  @Column(name = "client_request_id")
  private String clientRequestId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Answer() {}

  Answer(long threadId, long authorId, String body, String clientRequestId, Instant now) {
    this.threadId = threadId;
    this.authorId = authorId;
    this.body = body;
    this.clientRequestId = clientRequestId;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the text; returns the revision that keeps the old one. */
  AnswerRevision revise(String newBody, long editorId, Instant now) {
    AnswerRevision old = new AnswerRevision(id, revision, body, editorId, now);
    this.body = newBody;
    this.revision++;
    this.updatedAt = now;
    return old;
  }

  void rescore(int delta) {
    score += delta;
  }

  void hide(boolean hidden) {
    this.hidden = hidden;
  }

  Long id() { return id; }
  long threadId() { return threadId; }
  long authorId() { return authorId; }
  String body() { return body; }
  int score() { return score; }
  int revision() { return revision; }
  boolean hidden() { return hidden; }
  Instant createdAt() { return createdAt; }
  Instant updatedAt() { return updatedAt; }
  long version() { return version; }
}
