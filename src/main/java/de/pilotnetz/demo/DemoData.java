package de.pilotnetz.demo;

import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Fills an empty database with the German demo network when demo mode is on
 * ({@code PILOTNETZ_DEMO}). All demo content lives in this package; each feature adds its part
 * here, in the order the parts depend on each other.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "AdminBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject Settings settings;
  @Inject MunicipalityService municipalities;
  @Inject DemoMunicipalities demoMunicipalities;
  @Inject DemoMembers demoMembers;
  @Inject DemoCases demoCases;
  @Inject DemoThreads demoThreads;
  @Inject DemoChat demoChat;

  @PostConstruct
  void load() {
    if (!settings.demo()) {
      return;
    }
    if (municipalities.count() > 0) {
      LOG.info("Demo mode: database is not empty, demo data is not loaded again.");
      return;
    }
    long start = System.nanoTime();
    demoMunicipalities.load();
    demoCases.load(demoMembers.load());
    demoThreads.load();
    demoChat.load();
    LOG.info(() -> String.format("Demo data loaded in %d ms", (System.nanoTime() - start) / 1_000_000));
  }
}
