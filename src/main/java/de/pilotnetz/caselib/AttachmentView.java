package de.pilotnetz.caselib;

import java.time.Instant;

/** An attachment's metadata; the file is at {@code url}. */
public record AttachmentView(long id, String fileName, String contentType, long size,
    Instant uploadedAt, boolean textExtracted, String url) {

  static AttachmentView of(CaseAttachment a) {
    return new AttachmentView(a.id, a.fileName, a.contentType, a.size, a.uploadedAt,
        a.text != null && !a.text.isBlank(), "/api/attachments/" + a.id);
  }
}
