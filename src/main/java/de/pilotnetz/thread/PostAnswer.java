package de.pilotnetz.thread;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An answer. A retried submission with the same {@code clientRequestId} (or header
 * {@code Idempotency-Key}) returns the answer stored the first time.
 */
public record PostAnswer(@NotBlank @Size(max = 20000) String body, @Size(max = 100) String clientRequestId) {}
