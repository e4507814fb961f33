package de.pilotnetz.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the search index is open; otherwise says why not. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchIndex index;

  @Override
  public HealthCheckResponse call() {
    String reason = index.notReadyReason();
    var r = HealthCheckResponse.named("search-index").status(reason == null);
    return (reason == null ? r : r.withData("reason", reason)).build();
  }
}
