package de.pilotnetz.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The durable change log (table {@code search_change}, migration V40): one row per change of a
 * searchable document, numbered by {@code search_change_seq}. Rows are written inside the
 * feature's transaction ({@link SearchChanges}) and read here with plain JDBC.
 */
final class ChangeLog {

  /** Parameters: doc type, doc id. Works on PostgreSQL and on H2 in PostgreSQL mode. */
  static final String INSERT =
      "insert into search_change (seq, doc_type, doc_id) values (nextval('search_change_seq'), ?, ?)";

  private static final Logger LOG = Logger.getLogger(ChangeLog.class.getName());
  private static final String COLUMNS = "select seq, doc_type, doc_id, changed_at from search_change ";

  /** One row of the log; {@code changedAt} is the database's time of recording. */
  record Change(long seq, DocType type, long id, Instant changedAt) {}

  private final DataSource dataSource;

  ChangeLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Appends a change on the given connection, in its transaction. */
  static void append(Connection c, DocType type, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      ps.setString(1, type.name());
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }

  /** Up to {@code limit} changes with a number above {@code seq}, in order. */
  List<Change> after(long seq, int limit) throws SQLException {
    return query(COLUMNS + "where seq > ? order by seq fetch first " + limit + " rows only", seq);
  }

  /** The visible changes numbered {@code from} to {@code to}, both included, in order. */
  List<Change> between(long from, long to) throws SQLException {
    return query(COLUMNS + "where seq >= ? and seq <= ? order by seq", from, to);
  }

  /** The highest number in the log, 0 if empty. */
  long latest() throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select max(seq) from search_change");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  /** The highest number recorded before {@code t}, 0 if none. */
  long latestBefore(Instant t) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select max(seq) from search_change where changed_at < ?")) {
      ps.setTimestamp(1, Timestamp.from(t));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private List<Change> query(String sql, long... params) throws SQLException {
    List<Change> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setLong(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          DocType type = type(rs.getString(2));
          // a type this version does not know is skipped, not retried forever
          Timestamp at = rs.getTimestamp(4);
          out.add(new Change(rs.getLong(1), type, rs.getLong(3), at == null ? null : at.toInstant()));
        }
      }
    }
    return out;
  }

  private static DocType type(String name) {
    try {
      return DocType.valueOf(name);
    } catch (IllegalArgumentException e) {
      LOG.log(Level.WARNING, "Unknown document type {0} in search_change", name);
      return null;
    }
  }
}
