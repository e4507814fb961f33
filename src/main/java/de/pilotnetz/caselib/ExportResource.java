package de.pilotnetz.caselib;

import de.pilotnetz.platform.errors.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Export of the cases the caller may read: JSON in the import's exchange format, or CSV. */
@Path("export")
public class ExportResource {
  @Inject ExportService export;

  @GET
  public Response export(@QueryParam("format") String format) {
    String f = format == null || format.isBlank() ? "json" : format.trim().toLowerCase();
    if (!f.equals("json") && !f.equals("csv")) {
      throw new InvalidInput("format", "Erlaubt: json, csv");
    }
    var scope = export.scope();
    if (f.equals("json")) {
      StreamingOutput out = os -> export.json(scope, os);
      return Response.ok(out, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .header("Content-Disposition", "attachment; filename=\"pilotnetz-faelle.json\"").build();
    }
    StreamingOutput out = os -> export.csv(scope, os);
    return Response.ok(out, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"pilotnetz-faelle.csv\"").build();
  }
}
