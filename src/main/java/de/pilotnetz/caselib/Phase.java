package de.pilotnetz.caselib;

import java.util.Arrays;
import java.util.Optional;

/** Where a pilot stands. Pilots and rollouts are expected to report KPIs regularly. */
public enum Phase {
  IDEE("Idee"),
  PILOT("Pilot"),
  ROLLOUT("Rollout"),
  ABGESCHLOSSEN("Abgeschlossen"),
  ABGEBROCHEN("Abgebrochen");

  private final String label;

  Phase(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Running phases, in which KPIs go stale. */
  public boolean running() {
    return this == PILOT || this == ROLLOUT;
  }

  /** Accepts "Pilot" or "PILOT". */
  public static Optional<Phase> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    return Arrays.stream(values())
        .filter(p -> p.label.equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)).findFirst();
  }
}
