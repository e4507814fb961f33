package de.pilotnetz.platform.errors;

/** 428: the request must name the version it is based on ({@code If-Match}). */
public class PreconditionRequired extends ProblemException {
  public PreconditionRequired(String detail) {
    super(428, "Versionsangabe fehlt", detail);
  }
}
