package de.pilotnetz.platform.health;

import de.pilotnetz.platform.db.DataSourceSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = DataSourceSetup.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return HealthCheckResponse.named("database").status(valid)
          .withData("product", c.getMetaData().getDatabaseProductName()).build();
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down()
          .withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
