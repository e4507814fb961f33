package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A report to the moderators: {@code kind} is {@code thread} or {@code answer}. */
public record FlagContent(@NotBlank String kind, @NotNull Long id, @NotBlank @Size(max = 1000) String reason) {}
