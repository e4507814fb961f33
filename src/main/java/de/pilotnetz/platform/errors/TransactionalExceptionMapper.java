package de.pilotnetz.platform.errors;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Failures at commit arrive as {@link TransactionalException}; Jersey's own mapper for it gives up
 * with an HTML 500. Here they get the same treatment as any other failure.
 */
@Provider
@Priority(1)
public class TransactionalExceptionMapper implements ExceptionMapper<TransactionalException> {
  @Override
  public Response toResponse(TransactionalException e) {
    Response client = ClientErrors.recognise(e);
    return client != null ? client : ServerErrorMapper.incident(e);
  }
}
