package de.pilotnetz.caselib;

import java.util.List;

/**
 * Field-by-field difference between two revisions. Text fields carry {@code lines} (op "=", "-",
 * "+"); other fields {@code before} and {@code after} as text (lists and numbers as JSON).
 */
public record DiffView(int from, int to, List<FieldChange> changes) {
  public record FieldChange(String field, String kind, List<DiffLine> lines, String before,
      String after) {}
}
