package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Watch something at a level (default ALL): a thread or case by id, a topic by name, a municipality by id. */
public record SetWatch(@NotNull WatchKind kind, @NotBlank @Size(max = 100) String target, WatchLevel level) {}
