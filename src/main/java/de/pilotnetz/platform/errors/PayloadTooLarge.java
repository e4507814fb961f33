package de.pilotnetz.platform.errors;

/** 413: the request body is larger than the endpoint accepts. */
public class PayloadTooLarge extends ProblemException {
  public PayloadTooLarge(long limit) {
    super(413, "Anfrage zu groß", "Der Inhalt darf höchstens " + limit + " Bytes groß sein.");
  }
}
