package de.pilotnetz.caselib;

import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.util.List;

@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

  @Inject CaseService cases;
  @Inject AttachmentService attachments;
  @Inject AdoptionService adoptions;

  @GET
  public CasePage list(@QueryParam("topic") String topic, @QueryParam("state") String state,
      @QueryParam("phase") String phase, @QueryParam("municipality") String municipality,
      @QueryParam("q") String q, @QueryParam("sort") String sort,
      @QueryParam("kpisStale") String kpisStale, @QueryParam("populationBand") String band,
      @QueryParam("page") String page, @QueryParam("size") String size) {
    return cases.list(topic, state, phase, municipality, q, sort, "true".equalsIgnoreCase(kpisStale),
        band, Paging.of(page, size, 20));
  }

  @POST
  public Response create(@NotNull @Valid SaveCase cmd, @Context UriInfo uri) {
    CaseService.Saved s = cases.create(cmd);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.view().id())).build())
        .tag(etag(s)).entity(s.view()).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    return ok(cases.get(id));
  }

  @PUT
  @Path("{id}")
  public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid SaveCase cmd) {
    return ok(cases.revise(id, ifMatch, cmd));
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    cases.delete(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/publish")
  public Response publish(@PathParam("id") long id) {
    return ok(cases.publish(id));
  }

  @GET
  @Path("{id}/similar")
  public List<de.pilotnetz.search.SearchView.Hit> similar(@PathParam("id") long id) {
    return cases.similar(id);
  }

  @GET
  @Path("{id}/revisions")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return cases.revisions(id);
  }

  @GET
  @Path("{id}/revisions/{a}/diff/{b}")
  public DiffView diff(@PathParam("id") long id, @PathParam("a") int a, @PathParam("b") int b) {
    return cases.diff(id, a, b);
  }

  @POST
  @Path("{id}/revisions/{n}/restore")
  public Response restore(@PathParam("id") long id, @PathParam("n") int n,
      @HeaderParam("If-Match") String ifMatch) {
    return ok(cases.restore(id, n, ifMatch));
  }

  @POST
  @Path("{id}/attachments")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@PathParam("id") long id, List<EntityPart> parts) {
    EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName()))
        .findFirst().orElse(null);
    if (file == null) {
      throw new InvalidInput("file", "Bitte eine Datei im Feld \"file\" senden.");
    }
    AttachmentView a = attachments.upload(id, file.getFileName().orElse("anhang"), file.getContent());
    return Response.created(URI.create(a.url())).entity(a).build();
  }

  @POST
  @Path("{id}/adoptions")
  public Response adopt(@PathParam("id") long id, @NotNull @Valid AdoptCase cmd) {
    AdoptionService.Adopted a = adoptions.adopt(id, cmd);
    return Response.status(a.created() ? 201 : 200).entity(a.view()).build();
  }

  @GET
  @Path("{id}/adoptions")
  public List<AdoptionView> adoptions(@PathParam("id") long id) {
    return adoptions.of(id);
  }

  private static Response ok(CaseService.Saved s) {
    return Response.ok(s.view()).tag(etag(s)).build();
  }

  private static jakarta.ws.rs.core.EntityTag etag(CaseService.Saved s) {
    return new jakarta.ws.rs.core.EntityTag(s.etag().replace("\"", ""));
  }
}
