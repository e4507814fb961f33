package de.pilotnetz.platform.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists field-level messages for validation failures;
 * {@code incident} is the id under which a server error was logged.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors, String incident) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public record FieldError(String field, String message) {}

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, null, null);
  }

  static String typeFor(int status) {
    return "/problems/" + status;
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
