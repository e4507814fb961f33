package de.pilotnetz.caselib;

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

/** "Übernommen von": another municipality reuses a case; one row per case and town, stage updated. */
@Entity
@Table(name = "case_adoption")
class CaseAdoption {
  @Id
  @SequenceGenerator(name = "case_adoption_seq", sequenceName = "case_adoption_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_adoption_seq")
  Long id;

  @Column(name = "case_id", nullable = false)
  long caseId;

  @Column(name = "municipality_id", nullable = false)
  long municipalityId;

  @Column(name = "member_id", nullable = false)
  long memberId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  AdoptionStage stage;

  String note;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  protected CaseAdoption() {}

  CaseAdoption(long caseId, long municipalityId, long memberId, Instant now) {
    this.caseId = caseId;
    this.municipalityId = municipalityId;
    this.memberId = memberId;
    this.createdAt = now;
  }

  void update(AdoptionStage stage, String note, long memberId, Instant now) {
    this.stage = stage;
    this.note = note;
    this.memberId = memberId;
    this.updatedAt = now;
  }
}
