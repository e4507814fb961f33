package de.pilotnetz.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Leases in the database: a node that holds a job's lease runs the job; the others skip it.
 * A lease expires by itself, so a node that dies frees its jobs after the lease time.
 * Plain JDBC in its own connection (auto-commit), independent of any running transaction.
 */
public final class LeaseTable {
  private final DataSource dataSource;

  public LeaseTable(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** True when this holder now holds the lease until now + ttl (renewed if it held it already). */
  public boolean tryAcquire(String job, String holder, Instant now, Duration ttl) {
    Timestamp until = Timestamp.from(now.plus(ttl));
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement take = c.prepareStatement(
          "update job_lease set holder = ?, until = ? where name = ? and (until < ? or holder = ?)")) {
        take.setString(1, holder);
        take.setTimestamp(2, until);
        take.setString(3, job);
        take.setTimestamp(4, Timestamp.from(now));
        take.setString(5, holder);
        if (take.executeUpdate() == 1) {
          return true;
        }
      }
      try (PreparedStatement insert = c.prepareStatement(
          "insert into job_lease (name, holder, until) values (?, ?, ?)")) {
        insert.setString(1, job);
        insert.setString(2, holder);
        insert.setTimestamp(3, until);
        return insert.executeUpdate() == 1;
      } catch (SQLException duplicate) {
        return false; // another node holds a live lease
      }
    } catch (SQLException e) {
      return false;
    }
  }

  /** Gives the lease up early (e.g. on shutdown). */
  public void release(String job, String holder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement p = c.prepareStatement("delete from job_lease where name = ? and holder = ?")) {
      c.setAutoCommit(true);
      p.setString(1, job);
      p.setString(2, holder);
      p.executeUpdate();
    } catch (SQLException ignored) {
      // the lease expires on its own
    }
  }
}
