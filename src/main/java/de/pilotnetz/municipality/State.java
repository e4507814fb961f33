package de.pilotnetz.municipality;

import java.util.Arrays;
import java.util.Optional;

/** The 16 German states with the two-digit code that starts every AGS key. */
public enum State {
  SCHLESWIG_HOLSTEIN("01", "Schleswig-Holstein"),
  HAMBURG("02", "Hamburg"),
  NIEDERSACHSEN("03", "Niedersachsen"),
  BREMEN("04", "Bremen"),
  NORDRHEIN_WESTFALEN("05", "Nordrhein-Westfalen"),
  HESSEN("06", "Hessen"),
  RHEINLAND_PFALZ("07", "Rheinland-Pfalz"),
  BADEN_WUERTTEMBERG("08", "Baden-Württemberg"),
  BAYERN("09", "Bayern"),
  SAARLAND("10", "Saarland"),
  BERLIN("11", "Berlin"),
  BRANDENBURG("12", "Brandenburg"),
  MECKLENBURG_VORPOMMERN("13", "Mecklenburg-Vorpommern"),
  SACHSEN("14", "Sachsen"),
  SACHSEN_ANHALT("15", "Sachsen-Anhalt"),
  THUERINGEN("16", "Thüringen");

  private final String code;
  private final String label;

  State(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  /** Accepts the German name ("Baden-Württemberg") or the constant ("BADEN_WUERTTEMBERG"). */
  public static Optional<State> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String t = s.trim();
    return Arrays.stream(values())
        .filter(v -> v.label.equalsIgnoreCase(t) || v.name().equalsIgnoreCase(t))
        .findFirst();
  }

  public static Optional<State> ofCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
