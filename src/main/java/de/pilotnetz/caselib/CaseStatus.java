package de.pilotnetz.caselib;

/** A draft is seen by its municipality's office and admins only; published follows visibility. */
public enum CaseStatus {
  DRAFT,
  PUBLISHED
}
