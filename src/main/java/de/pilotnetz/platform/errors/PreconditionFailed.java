package de.pilotnetz.platform.errors;

/** 412: the If-Match version is stale; the stored content is newer and stays untouched. */
public class PreconditionFailed extends ProblemException {
  public PreconditionFailed(String detail) {
    super(412, "Veraltete Version", detail);
  }
}
