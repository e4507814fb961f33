package de.pilotnetz.thread;

import de.pilotnetz.platform.security.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new question. {@code visibility} defaults to NETWORK; RESTRICTED questions are readable by
 * the asker's municipality and the ones in {@code sharedWith}. {@code caseId} links a case of the
 * case library (stored as id only).
 */
public record AskQuestion(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String body,
    @NotBlank String topic,
    @Size(max = 10) List<@NotBlank @Size(max = 60) String> tags,
    Visibility visibility,
    @Size(max = 50) List<Long> sharedWith,
    Long caseId) {}
