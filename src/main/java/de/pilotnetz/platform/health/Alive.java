package de.pilotnetz.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Live as long as the application is deployed and answers; restarts are for deadlocks, not slowness. */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime rt = Runtime.getRuntime();
    return HealthCheckResponse.named("pilotnetz").up()
        .withData("heapUsedMiB", (rt.totalMemory() - rt.freeMemory()) >> 20)
        .withData("heapMaxMiB", rt.maxMemory() >> 20).build();
  }
}
