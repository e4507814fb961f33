package de.pilotnetz.platform.errors;

import java.util.Map;

/** 429 with the seconds until the limit lifts. */
public class TooManyRequests extends ProblemException {
  public TooManyRequests(String detail, long retryAfterSeconds) {
    super(429, "Zu viele Anfragen", detail, null,
        Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
  }
}
