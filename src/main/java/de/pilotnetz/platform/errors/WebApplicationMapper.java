package de.pilotnetz.platform.errors;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own failures (404 unknown resource, 405, 406, 415, ...) as problem+json. */
@Provider
public class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original == null ? 500 : original.getStatus();
    if (status >= 500) {
      return ServerErrorMapper.incident(e);
    }
    Response.ResponseBuilder r = Response.status(status).type(Problem.MEDIA_TYPE)
        .entity(Problem.of(status, title(status), detail(status)));
    if (e instanceof NotAllowedException && original.getHeaderString(HttpHeaders.ALLOW) != null) {
      r.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    return r.build();
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "Ungültige Anfrage";
      case 401 -> "Anmeldung erforderlich";
      case 403 -> "Nicht erlaubt";
      case 404 -> "Nicht gefunden";
      case 405 -> "Methode nicht erlaubt";
      case 406 -> "Format nicht verfügbar";
      case 413 -> "Anfrage zu groß";
      case 415 -> "Format nicht unterstützt";
      default -> Response.Status.fromStatusCode(status) == null ? "Fehler"
          : Response.Status.fromStatusCode(status).getReasonPhrase();
    };
  }

  private static String detail(int status) {
    return switch (status) {
      case 404 -> "Diese Adresse gibt es nicht.";
      case 405 -> "Diese Methode ist für diese Adresse nicht erlaubt.";
      case 415 -> "Bitte senden Sie application/json.";
      case 406 -> "Diese Adresse liefert application/json.";
      default -> "Die Anfrage konnte nicht verarbeitet werden.";
    };
  }
}
