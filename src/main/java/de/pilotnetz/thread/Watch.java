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

/**
 * A member watching a thread, a case, a topic or a municipality. {@code target} is the id (or the
 * topic name). Asking or answering a question creates a watch on it at {@link WatchLevel#ALL}
 * unless the member already chose a level.
 */
@Entity
@Table(name = "watch")
class Watch {
  @Id
  @SequenceGenerator(name = "watch_seq", sequenceName = "watch_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watch_seq")
  private Long id;

  @Column(name = "member_id")
  private long memberId;

  @Enumerated(EnumType.STRING)
  private WatchKind kind;

  private String target;

  @Enumerated(EnumType.STRING)
  private WatchLevel level;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Watch() {}

  Watch(long memberId, WatchKind kind, String target, WatchLevel level, Instant now) {
    this.memberId = memberId;
    this.kind = kind;
    this.target = target;
    this.level = level;
    this.createdAt = now;
  }

  void level(WatchLevel level) {
    this.level = level;
  }

  long memberId() { return memberId; }
  WatchKind kind() { return kind; }
  String target() { return target; }
  WatchLevel level() { return level; }
}
