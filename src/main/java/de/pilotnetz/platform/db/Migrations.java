package de.pilotnetz.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date with Flyway before anything else touches the database. */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {
  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = DataSourceSetup.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    long start = System.nanoTime();
    MigrateResult result = Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        // Features are developed side by side; a database that already has a later feature's
        // migration still takes an earlier-numbered one that arrived after it.
        .outOfOrder(true)
        .load()
        .migrate();
    LOG.info(() -> String.format("Database schema at version %s (%d migrations applied, %d ms)",
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted, (System.nanoTime() - start) / 1_000_000));
  }
}
