package de.pilotnetz.platform.errors;

import java.util.List;
import java.util.Map;

/** 400 naming the offending field(s). */
public class InvalidInput extends ProblemException {
  public InvalidInput(String field, String message) {
    this(List.of(new Problem.FieldError(field, message)));
  }

  public InvalidInput(List<Problem.FieldError> errors) {
    super(400, "Ungültige Eingabe", summary(errors), errors, Map.of());
  }

  private static String summary(List<Problem.FieldError> errors) {
    return errors.isEmpty() ? "Die Eingabe ist ungültig."
        : errors.get(0).field() + ": " + errors.get(0).message();
  }
}
