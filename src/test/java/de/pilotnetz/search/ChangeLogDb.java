package de.pilotnetz.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database (PostgreSQL mode, as the server uses) with the V40 migration. */
final class ChangeLogDb {

  final JdbcDataSource dataSource = new JdbcDataSource();
  final ChangeLog log;

  ChangeLogDb() {
    dataSource.setURL("jdbc:h2:mem:search-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("sa");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      String sql = Files.readString(
          Path.of("src/main/resources/db/migration/V40__search_change_log.sql"));
      for (String stmt : sql.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!stmt.isBlank()) {
          s.execute(stmt);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log = new ChangeLog(dataSource);
  }

  /** Records a change as a feature would, in its own committed transaction. */
  void record(DocType type, long id) {
    try (Connection c = dataSource.getConnection()) {
      ChangeLog.append(c, type, id);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes a row with a chosen number, to shape gaps. */
  void insert(long seq, DocType type, long id) {
    insert(seq, type, id, java.time.Instant.now());
  }

  /** Writes a row with a chosen number and recording time. */
  void insert(long seq, DocType type, long id, java.time.Instant changedAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "insert into search_change (seq, doc_type, doc_id, changed_at) values (?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, type.name());
      ps.setLong(3, id);
      ps.setTimestamp(4, java.sql.Timestamp.from(changedAt));
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
