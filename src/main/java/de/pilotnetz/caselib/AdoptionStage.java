package de.pilotnetz.caselib;

import java.util.Arrays;
import java.util.Optional;

/** How far another town has got with taking a case over. */
public enum AdoptionStage {
  INTERESSIERT("interessiert"),
  IN_PRUEFUNG("in Prüfung"),
  IN_UMSETZUNG("in Umsetzung"),
  UEBERNOMMEN("übernommen"),
  ANGEPASST("angepasst");

  private final String label;

  AdoptionStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<AdoptionStage> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    return Arrays.stream(values())
        .filter(v -> v.label.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t)).findFirst();
  }
}
