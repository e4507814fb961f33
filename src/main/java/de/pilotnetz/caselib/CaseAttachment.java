package de.pilotnetz.caselib;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file on a case. The bytes are on disk, named by their SHA-256; here the metadata and text. */
@Entity
@Table(name = "case_attachment")
class CaseAttachment {
  @Id
  @SequenceGenerator(name = "case_attachment_seq", sequenceName = "case_attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_attachment_seq")
  Long id;

  @Column(name = "case_id", nullable = false)
  long caseId;

  @Column(name = "file_name", nullable = false)
  String fileName;

  @Column(name = "content_type", nullable = false)
  String contentType;

  @Column(name = "size_bytes", nullable = false)
  long size;

  @Column(nullable = false)
  String sha256;

  /** Text extracted from PDF and DOCX for search; null for images and spreadsheets. */
  @Column(name = "text_content")
  String text;

  @Column(name = "uploaded_by", nullable = false)
  long uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  Instant uploadedAt;

  protected CaseAttachment() {}

  CaseAttachment(long caseId, String fileName, String contentType, long size, String sha256,
      String text, long uploadedBy, Instant at) {
    this.caseId = caseId;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.text = text;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = at;
  }
}
