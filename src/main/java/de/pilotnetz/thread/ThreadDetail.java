package de.pilotnetz.thread;

import de.pilotnetz.platform.security.Visibility;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A question with its answers (accepted first, then by score, then oldest first). {@code bodyHtml}
 * is sanitised HTML; {@code version} is the ETag for edits. The {@code can…} flags tell the UI
 * which buttons to show; the server checks again.
 */
@JsonbNillable
public record ThreadDetail(long id, String title, String body, String bodyHtml, String topic,
    List<String> tags, Visibility visibility, List<Long> sharedWith, Long caseId, AuthorView author,
    Instant createdAt, Instant updatedAt, int answerCount, boolean solved, Long acceptedAnswerId,
    boolean locked, boolean hidden, long version, boolean canEdit, boolean canAccept,
    boolean canModerate, WatchLevel watchLevel, List<AnswerView> answers) {}
