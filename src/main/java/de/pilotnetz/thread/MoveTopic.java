package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;

/** The topic a moderator moves a question to. */
public record MoveTopic(@NotBlank String topic) {}
