package de.pilotnetz.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to what, when, from where. Never changed. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {
  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  Long id;

  @Column(nullable = false)
  Instant at;

  @Column(name = "actor_id")
  Long actorId;

  @Column(name = "actor_name")
  String actorName;

  @Column(nullable = false)
  String action;

  String target;
  String detail;
  String address;

  protected AuditEntry() {}

  AuditEntry(Instant at, Long actorId, String actorName, String action, String target,
      String detail, String address) {
    this.at = at;
    this.actorId = actorId;
    this.actorName = actorName;
    this.action = action;
    this.target = target;
    this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    this.address = address;
  }
}
