package de.pilotnetz.platform.errors;

import java.util.List;
import java.util.Map;

/**
 * Base of the exceptions services throw for a client-visible failure; the mapper turns each into a
 * problem+json answer with its status. Subclasses name the common cases.
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String title;
  private final List<Problem.FieldError> errors;
  private final Map<String, String> headers;

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, null, Map.of());
  }

  public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.errors = errors;
    this.headers = headers;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Problem problem() {
    return new Problem(Problem.typeFor(status), title, status, getMessage(), errors, null);
  }
}
