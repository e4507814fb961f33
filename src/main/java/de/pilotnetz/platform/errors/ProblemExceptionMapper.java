package de.pilotnetz.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
  @Override
  public Response toResponse(ProblemException e) {
    Response.ResponseBuilder r = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(e.problem());
    e.headers().forEach(r::header);
    return r.build();
  }
}
