package de.pilotnetz.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: logs the failure with an incident id and answers 500 with that id, never the
 * stack trace. Known client errors that arrive wrapped are unwrapped first.
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    Response client = ClientErrors.recognise(e);
    return client != null ? client : incident(e);
  }

  static Response incident(Throwable e) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "Incident " + id, e);
    Problem p = new Problem(Problem.typeFor(500), "Interner Fehler", 500,
        "Ein unerwarteter Fehler ist aufgetreten. Bitte nennen Sie dem Support die Vorgangsnummer "
            + id + ".", null, id);
    return p.toResponse();
  }
}
