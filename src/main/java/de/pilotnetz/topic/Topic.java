package de.pilotnetz.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subject area of the controlled list (Breitband, Mobilität, ...); admins add more. */
@Entity
@Table(name = "topic")
public class Topic {
  @Id
  @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Topic() {}

  Topic(String name, Instant now) {
    this.name = name;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
