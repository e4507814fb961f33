package de.pilotnetz.caselib;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The editor's preview: Markdown rendered and sanitized by the server, exactly as on save. */
@Path("markdown")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkdownResource {
  @Inject CaseService cases;

  /** {@code {"markdown": "…"}} → {@code {"html": "…"}}. */
  public record Preview(@NotNull @Size(max = 100_000) String markdown) {}

  public record Rendered(String html) {}

  @POST
  @Path("preview")
  public Rendered preview(@NotNull @jakarta.validation.Valid Preview p) {
    return new Rendered(cases.preview(p.markdown()));
  }
}
