package de.pilotnetz.platform.health;

import de.pilotnetz.platform.live.ClusterNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports whether this node runs alone or in a cluster, and with how many nodes (Payara Micro runs
 * its data grid with {@code --nocluster} too, as a cluster of one). Always up: a node whose peers
 * are gone still serves every request (the database is the shared truth).
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

  @Inject ClusterNode cluster;

  @Override
  public HealthCheckResponse call() {
    var r = HealthCheckResponse.named("cluster").up();
    if (!cluster.clustered()) {
      return r.withData("mode", "single").withData("nodes", 1).build();
    }
    int nodes = cluster.nodeIds().size();
    return r.withData("mode", nodes > 1 ? "cluster" : "single").withData("name", cluster.clusterName().orElse(""))
        .withData("nodes", nodes).withData("node", cluster.nodeId()).build();
  }
}
