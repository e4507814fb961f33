package de.pilotnetz.chat;

import de.pilotnetz.platform.errors.ProblemException;
import java.util.Map;

/**
 * A refused chat operation with a stable code for the WebSocket error frame ({@code not_found},
 * {@code forbidden}, {@code too_long}, {@code invalid}, {@code rate_limited}, {@code deleted});
 * through REST the same exception answers problem+json with the matching status.
 */
class ChatError extends ProblemException {
  final String code;

  ChatError(String code, String message) {
    super(status(code), title(code), message, null, Map.of());
    this.code = code;
  }

  private static int status(String code) {
    return switch (code) {
      case "not_found" -> 404;
      case "forbidden" -> 403;
      case "rate_limited" -> 429;
      case "deleted" -> 409;
      default -> 400;
    };
  }

  private static String title(String code) {
    return switch (code) {
      case "not_found" -> "Nicht gefunden";
      case "forbidden" -> "Keine Berechtigung";
      case "rate_limited" -> "Zu viele Anfragen";
      case "deleted" -> "Konflikt";
      default -> "Ungültige Eingabe";
    };
  }
}
