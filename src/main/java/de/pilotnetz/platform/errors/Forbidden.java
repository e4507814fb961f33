package de.pilotnetz.platform.errors;

/** 403: the caller is known but may not do this. */
public class Forbidden extends ProblemException {
  public Forbidden(String detail) {
    super(403, "Nicht erlaubt", detail);
  }
}
