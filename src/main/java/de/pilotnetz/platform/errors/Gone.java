package de.pilotnetz.platform.errors;

/** 410: a link or token that was valid once but is used up or expired. */
public class Gone extends ProblemException {
  public Gone(String detail) {
    super(410, "Nicht mehr gültig", detail);
  }
}
