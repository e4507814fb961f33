package de.pilotnetz.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures become 400 with one entry per field. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
    return new InvalidInput(errors).problem().toResponse();
  }

  /** The property path of a resource parameter reads "method.arg.field"; the client knows "field". */
  static String fieldName(ConstraintViolation<?> v) {
    StringBuilder name = new StringBuilder();
    boolean inBean = false;
    for (Path.Node node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> { }
        case PARAMETER -> {
          name.setLength(0);
          name.append(node.getName());
          inBean = false;
        }
        default -> {
          if (!inBean) {
            name.setLength(0);
            inBean = true;
          } else {
            name.append('.');
          }
          name.append(node.getName());
          if (node.getIndex() != null) {
            name.append('[').append(node.getIndex()).append(']');
          }
        }
      }
    }
    return name.isEmpty() ? "body" : name.toString();
  }
}
