package de.pilotnetz.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  @Inject SearchService search;

  @GET
  public SearchView search(@QueryParam("q") String q, @QueryParam("type") String type,
      @QueryParam("topic") String topic, @QueryParam("state") String state,
      @QueryParam("phase") String phase, @QueryParam("populationMin") String populationMin,
      @QueryParam("populationMax") String populationMax, @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return search.search(SearchParams.parse(q, type, topic, state, phase, populationMin,
        populationMax, page, size));
  }

  @GET
  @Path("suggest")
  public List<String> suggest(@QueryParam("q") String q, @QueryParam("limit") String limit) {
    return search.suggest(q,
        SearchParams.integer("limit", limit, 1, Autocomplete.MAX_LIMIT));
  }
}
