package de.pilotnetz.platform.errors;

/** 409: the request clashes with the current state (duplicate, concurrent change). */
public class Conflict extends ProblemException {
  public Conflict(String detail) {
    super(409, "Konflikt", detail);
  }
}
