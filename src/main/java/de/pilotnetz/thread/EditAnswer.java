package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new text of an answer (If-Match: its version); the old one is kept as a revision. */
public record EditAnswer(@NotBlank @Size(max = 20000) String body) {}
