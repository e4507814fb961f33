package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** New title, text and tags of a question (If-Match: its version). */
public record EditQuestion(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String body,
    @Size(max = 10) List<@NotBlank @Size(max = 60) String> tags) {}
