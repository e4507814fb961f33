package de.pilotnetz.platform.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one JDBC data source class the server's connection pool instantiates. It picks PostgreSQL or
 * H2 from the URL, so that setting {@code PILOTNETZ_DB_URL} alone switches the database; H2 comes
 * with Payara Micro, the PostgreSQL driver with the WAR.
 */
public class PilotDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile DataSource delegate;

  public void setUrl(String url) {
    this.url = url;
    delegate = null;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
    delegate = null;
  }

  public String getUser() {
    return user;
  }

  public void setPassword(String password) {
    this.password = password;
    delegate = null;
  }

  static boolean isPostgres(String url) {
    return url != null && url.startsWith("jdbc:postgresql:");
  }

  /** H2 in PostgreSQL mode keeps the two databases' SQL dialects close for the same migrations. */
  static String h2Url(String url) {
    String base = url == null || url.isBlank() ? "jdbc:h2:file:./data/pilotnetz" : url;
    if (!base.contains(";MODE=")) {
      base += ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }
    return base;
  }

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      if (isPostgres(url)) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(url);
        pg.setUser(user);
        pg.setPassword(password);
        d = pg;
      } else {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(h2Url(url));
        h2.setUser(user);
        h2.setPassword(password);
        d = h2;
      }
      delegate = d;
    }
    return d;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger(PilotDataSource.class.getName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || delegate().isWrapperFor(iface);
  }
}
