package de.pilotnetz.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the index is open, rebuilt if it had to be, and caught up with the change log as it
 * was at start; otherwise says why not. An on-demand rebuild keeps it ready: searches still work.
 * {@code lag} is the number of logged changes this node's index has not applied yet.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchIndex index;

  @Override
  public HealthCheckResponse call() {
    String reason = index.notReadyReason();
    var r = HealthCheckResponse.named("search-index").status(reason == null)
        .withData("lag", index.lagOrZero());
    return (reason == null ? r : r.withData("reason", reason)).build();
  }
}
