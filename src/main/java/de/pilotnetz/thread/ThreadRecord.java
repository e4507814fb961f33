package de.pilotnetz.thread;

import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.security.Visibility;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question and the state of its discussion. A member asks it (title, Markdown body, topic,
 * tags, visibility, optionally a case); members answer it until a moderator locks it. The first
 * answer's time is kept for the statistics. The asker or a moderator marks one answer as accepted
 * ("gelöst") and may change that choice; the time of the first acceptance is kept too. Moderators
 * may hide the question (it then disappears for everyone else), restore it, lock it and move it to
 * another topic. Every change bumps {@code version}, the ETag of {@code PUT /api/threads/{id}}.
 */
@Entity
@Table(name = "discussion_thread")
class ThreadRecord {
  @Id
  @SequenceGenerator(name = "thread_seq", sequenceName = "thread_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "thread_seq")
  private Long id;

  private String title;
  private String body;
  private String topic;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "author_id")
  private long authorId;

  @Column(name = "author_municipality_id")
  private Long authorMunicipalityId;

  @Enumerated(EnumType.STRING)
  private Visibility visibility;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
  @Column(name = "tag")
  private Set<String> tags = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "thread_shared_municipality", joinColumns = @JoinColumn(name = "thread_id"))
  @Column(name = "municipality_id")
  private Set<Long> sharedWith = new LinkedHashSet<>();

  private boolean hidden;
  private boolean locked;

  @Column(name = "accepted_answer_id")
  private Long acceptedAnswerId;

  @Column(name = "answer_count")
  private int answerCount;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "first_answer_at")
  private Instant firstAnswerAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Version private long version;

  protected ThreadRecord() {}

  ThreadRecord(String title, String body, String topic, List<String> tags, Long caseId, long authorId,
      Long authorMunicipalityId, Visibility visibility, Set<Long> sharedWith, Instant now) {
    this.title = title;
    this.body = body;
    this.topic = topic;
    this.tags.addAll(tags);
    this.caseId = caseId;
    this.authorId = authorId;
    this.authorMunicipalityId = authorMunicipalityId;
    this.visibility = visibility;
    this.sharedWith.addAll(sharedWith);
    this.createdAt = now;
    this.updatedAt = now;
  }

  void edit(String title, String body, List<String> tags, Instant now) {
    this.title = title;
    this.body = body;
    this.tags.clear();
    this.tags.addAll(tags);
    this.updatedAt = now;
  }

  /**
   * Refuses new answers while the thread is locked. The answer counter and the time of the first
   * answer are then updated in place by the repository, so that answers do not change the
   * question's version (its ETag).
   */
  void requireOpen() {
    if (locked) {
      throw new Conflict("Diese Frage ist gesperrt; neue Antworten sind nicht möglich.");
    }
  }

  /** Marks the answer as the solution (null: none); the first acceptance time is kept. */
  void accept(Long answerId, Instant now) {
    this.acceptedAnswerId = answerId;
    if (answerId != null && acceptedAt == null) {
      acceptedAt = now;
    }
    updatedAt = now;
  }

  void hide(boolean hidden) {
    this.hidden = hidden;
  }

  void lock(boolean locked) {
    this.locked = locked;
  }

  void moveTo(String topic) {
    this.topic = topic;
  }

  boolean solved() {
    return acceptedAnswerId != null;
  }

  Long id() { return id; }
  String title() { return title; }
  String body() { return body; }
  String topic() { return topic; }
  Long caseId() { return caseId; }
  long authorId() { return authorId; }
  Long authorMunicipalityId() { return authorMunicipalityId; }
  Visibility visibility() { return visibility; }
  Set<String> tags() { return tags; }
  Set<Long> sharedWith() { return sharedWith; }
  boolean hidden() { return hidden; }
  boolean locked() { return locked; }
  Long acceptedAnswerId() { return acceptedAnswerId; }
  int answerCount() { return answerCount; }
  Instant createdAt() { return createdAt; }
  Instant updatedAt() { return updatedAt; }
  Instant firstAnswerAt() { return firstAnswerAt; }
  Instant acceptedAt() { return acceptedAt; }
  long version() { return version; }
}
