package de.pilotnetz.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Tells the operator where Pilotnetz answers and, in demo mode, how to log in. Features contribute
 * lines through {@link BannerLines}.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class StartupBanner {
  private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

  @Inject Settings settings;
  @Inject Instance<BannerLines> contributions;

  @PostConstruct
  void show() {
    StringBuilder b = new StringBuilder("\n\n  Pilotnetz läuft auf ").append(settings.baseUrl()).append('\n');
    for (BannerLines c : contributions) {
      c.lines(settings).forEach(l -> b.append("  ").append(l).append('\n'));
    }
    LOG.info(b.toString());
  }
}
