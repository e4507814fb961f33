package de.pilotnetz.platform.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's data source; URL and credentials come from MicroProfile Config. */
@DataSourceDefinition(
    name = DataSourceSetup.JNDI_NAME,
    className = "de.pilotnetz.platform.db.PilotDataSource",
    url = "${MPCONFIG=pilotnetz.db.url}",
    user = "${MPCONFIG=pilotnetz.db.user}",
    password = "${MPCONFIG=pilotnetz.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {"fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class DataSourceSetup {
  public static final String JNDI_NAME = "java:app/jdbc/pilotnetz";
}
