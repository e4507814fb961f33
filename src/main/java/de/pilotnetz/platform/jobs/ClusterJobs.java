package de.pilotnetz.platform.jobs;

import de.pilotnetz.platform.db.DataSourceSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs scheduled work once per cluster: every node's timer fires, the one that gets the job's
 * lease runs it. Use from an {@code @Schedule} method: {@code jobs.runOnce("digest-daily",
 * Duration.ofMinutes(30), this::sendDigests)}.
 */
@ApplicationScoped
public class ClusterJobs {
  private static final Logger LOG = Logger.getLogger(ClusterJobs.class.getName());

  @Resource(lookup = DataSourceSetup.JNDI_NAME)
  DataSource dataSource;

  @Inject Clock clock;

  private LeaseTable leases;
  private String node;

  @PostConstruct
  void init() {
    leases = new LeaseTable(dataSource);
    node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Runs the job here if this node gets its lease; the lease should outlast the job. */
  public boolean runOnce(String job, Duration lease, Runnable work) {
    if (!leases.tryAcquire(job, node, clock.instant(), lease)) {
      LOG.fine(() -> "Job " + job + " runs on another node");
      return false;
    }
    LOG.info(() -> "Running job " + job + " on " + node);
    work.run();
    return true;
  }

  public String node() {
    return node;
  }
}
