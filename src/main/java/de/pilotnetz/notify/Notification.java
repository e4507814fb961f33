package de.pilotnetz.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification of a member: unread until read, unmailed until mailed (at once or in a digest). */
@Entity
@Table(name = "notification")
class Notification {
  @Id
  @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "member_id")
  private long memberId;

  private String type;
  private String title;
  private String link;
  private String excerpt;
  private boolean mailable;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "mailed_at")
  private Instant mailedAt;

  protected Notification() {}

  Notification(Notice n, Instant now) {
    this.memberId = n.memberId();
    this.type = n.type();
    this.title = cut(n.title(), 300);
    this.link = n.link();
    this.excerpt = n.excerpt() == null ? null : cut(n.excerpt(), 600);
    this.mailable = n.mailable();
    this.createdAt = now;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  void mailed(Instant now) {
    mailedAt = now;
  }

  Long id() { return id; }
  long memberId() { return memberId; }
  String type() { return type; }
  String title() { return title; }
  String link() { return link; }
  String excerpt() { return excerpt; }
  boolean mailable() { return mailable; }
  Instant createdAt() { return createdAt; }
  Instant readAt() { return readAt; }
}
