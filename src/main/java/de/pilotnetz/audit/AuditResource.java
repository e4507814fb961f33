package de.pilotnetz.audit;

import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  @Inject Audit audit;

  @GET
  public List<AuditView> list(@QueryParam("action") String action, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Paging p = Paging.of(page, size, 50);
    return audit.list(action == null || action.isBlank() ? null : action, p.page(), p.size());
  }
}
