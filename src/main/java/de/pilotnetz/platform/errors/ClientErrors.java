package de.pilotnetz.platform.errors;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;

/**
 * Recognises client errors that arrive wrapped in container exceptions (EJB, transaction, JSON-B
 * provider), so that bad input never ends as a 500.
 */
final class ClientErrors {
  private ClientErrors() {}

  static Response recognise(Throwable e) {
    // A problem thrown deep inside (e.g. the body limit while JSON-B reads) wins over its wrappers.
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProblemException p) {
        return new ProblemExceptionMapper().toResponse(p);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConstraintViolationException v) {
        return new ValidationMapper().toResponse(v);
      }
      if (t instanceof OptimisticLockException) {
        return Problem.of(409, "Konflikt",
            "Der Eintrag wurde inzwischen geändert. Bitte laden Sie ihn neu.").toResponse();
      }
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return Problem.of(409, "Konflikt",
            "Das widerspricht einem vorhandenen Eintrag (zum Beispiel doppelt). Bitte laden Sie neu.")
            .toResponse();
      }
      if (t instanceof JsonbException || t instanceof JsonException
          || t instanceof CharConversionException || t instanceof CharacterCodingException) {
        return Problem.of(400, "Ungültiges JSON",
            "Der Inhalt ist kein gültiges JSON in der erwarteten Form.").toResponse();
      }
      if (t instanceof WebApplicationException w && w.getResponse() != null
          && w.getResponse().getStatus() < 500) {
        return new WebApplicationMapper().toResponse(w);
      }
    }
    return null;
  }
}
