package de.pilotnetz.caselib;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved state of a case: who, when, which fields changed, and a full JSON snapshot. */
@Entity
@Table(name = "case_revision")
class CaseRevision {
  @Id
  @SequenceGenerator(name = "case_revision_seq", sequenceName = "case_revision_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_revision_seq")
  Long id;

  @Column(name = "case_id", nullable = false)
  long caseId;

  @Column(name = "rev_number", nullable = false)
  int number;

  @Column(name = "author_id")
  Long authorId;

  @Column(nullable = false)
  Instant at;

  /** Comma-separated field names, or a word such as "erstellt" / "wiederhergestellt aus 3". */
  @Column(nullable = false)
  String changed;

  @Column(nullable = false)
  String snapshot;

  protected CaseRevision() {}

  CaseRevision(long caseId, int number, Long authorId, Instant at, String changed, String snapshot) {
    this.caseId = caseId;
    this.number = number;
    this.authorId = authorId;
    this.at = at;
    this.changed = changed.length() > 1000 ? changed.substring(0, 1000) : changed;
    this.snapshot = snapshot;
  }
}
