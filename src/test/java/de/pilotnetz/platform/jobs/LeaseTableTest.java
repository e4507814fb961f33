package de.pilotnetz.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeaseTableTest {
  static final Instant T0 = Instant.parse("2026-11-25T07:00:00Z");
  static final Duration TTL = Duration.ofMinutes(10);
  LeaseTable leases;

  @BeforeEach
  void setUp() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lease" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    try (Connection c = ds.getConnection()) {
      c.createStatement().execute(new String(getClass().getResourceAsStream(
          "/db/migration/V4__jobs_lease_create.sql").readAllBytes()));
    }
    leases = new LeaseTable(ds);
  }

  @Test
  void onlyOneNodeHoldsALiveLease() {
    assertTrue(leases.tryAcquire("digest", "node-a", T0, TTL));
    assertFalse(leases.tryAcquire("digest", "node-b", T0.plusSeconds(60), TTL));
    assertTrue(leases.tryAcquire("digest", "node-a", T0.plusSeconds(60), TTL), "the holder renews");
    assertTrue(leases.tryAcquire("other-job", "node-b", T0, TTL), "jobs are independent");
  }

  @Test
  void anExpiredLeaseGoesToTheNextNode() {
    assertTrue(leases.tryAcquire("digest", "node-a", T0, TTL));
    assertTrue(leases.tryAcquire("digest", "node-b", T0.plus(TTL).plusSeconds(1), TTL));
    assertFalse(leases.tryAcquire("digest", "node-a", T0.plus(TTL).plusSeconds(2), TTL));
  }

  @Test
  void releaseFreesTheLeaseAtOnce() {
    assertTrue(leases.tryAcquire("digest", "node-a", T0, TTL));
    leases.release("digest", "node-b");
    assertFalse(leases.tryAcquire("digest", "node-b", T0, TTL), "only the holder releases");
    leases.release("digest", "node-a");
    assertTrue(leases.tryAcquire("digest", "node-b", T0, TTL));
  }
}
