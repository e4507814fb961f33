package de.pilotnetz.platform.errors;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFound extends ProblemException {
  public NotFound(String detail) {
    super(404, "Nicht gefunden", detail);
  }
}
