package de.pilotnetz.caselib;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/** The admins' bulk import; the body is streamed (no size limit, see BodySizeLimit). */
@Path("admin/import")
public class ImportResource {
  @Inject BulkImport importer;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public ImportResult importItems(InputStream body) {
    return importer.run(body);
  }
}
