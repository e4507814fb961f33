package de.pilotnetz.platform.errors;

/** 428: a change of versioned content must say which version it saw (If-Match). */
public class PreconditionRequired extends ProblemException {
  public PreconditionRequired(String detail) {
    super(428, "Version fehlt", detail);
  }
}
