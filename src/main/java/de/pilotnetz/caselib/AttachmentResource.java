package de.pilotnetz.caselib;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Attachments are always downloads, with the type found in their bytes; never rendered inline. */
@Path("attachments")
public class AttachmentResource {
  @Inject AttachmentService attachments;

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    AttachmentService.Download d = attachments.download(id);
    String ascii = d.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
    String utf8 = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(d.file().toFile(), d.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Content-Length", d.size())
        .build();
  }
}
