package de.pilotnetz.platform.errors;

/** 401: the caller must log in (or the credentials were wrong). */
public class Unauthorized extends ProblemException {
  public Unauthorized(String detail) {
    super(401, "Anmeldung erforderlich", detail);
  }
}
