package de.pilotnetz.caselib;

import java.util.List;

/** Answer of the bulk import; {@code failed} lists at most 10,000 entries, {@code failedTotal} all. */
public record ImportResult(long imported, long failedTotal, List<Failure> failed) {
  /** Item {@code index} (from 0) was not stored because of {@code field}. */
  public record Failure(long index, String field, String message) {}
}
