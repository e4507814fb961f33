package de.pilotnetz.thread;

import jakarta.json.bind.annotation.JsonbNillable;

/** Who wrote a question or answer; {@code affiliation} discloses an expert's company. */
@JsonbNillable
public record AuthorView(long id, String displayName, String affiliation, String municipality) {}
