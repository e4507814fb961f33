package de.pilotnetz.audit;

import java.time.Instant;

public record AuditView(long id, Instant at, Long actorId, String actorName, String action,
    String target, String detail, String address) {
  static AuditView of(AuditEntry e) {
    return new AuditView(e.id, e.at, e.actorId, e.actorName, e.action, e.target, e.detail, e.address);
  }
}
