package de.pilotnetz.municipality;

import java.util.Optional;

/** The official municipality key (Amtlicher Gemeindeschlüssel): 8 digits, the first two the state. */
public final class Ags {
  private Ags() {}

  /** The reason the key is invalid, or empty when it is valid for the given state (null: any). */
  public static Optional<String> problem(String ags, State state) {
    if (ags == null || !ags.matches("\\d{8}")) {
      return Optional.of("Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern.");
    }
    Optional<State> byCode = State.ofCode(ags.substring(0, 2));
    if (byCode.isEmpty()) {
      return Optional.of("Die ersten zwei Ziffern des AGS sind ein Landesschlüssel von 01 bis 16.");
    }
    if (state != null && byCode.get() != state) {
      return Optional.of("Der AGS gehört zu " + byCode.get().label() + ", nicht zu " + state.label() + ".");
    }
    return Optional.empty();
  }
}
