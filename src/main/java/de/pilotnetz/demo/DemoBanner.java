package de.pilotnetz.demo;

import de.pilotnetz.platform.config.BannerLines;
import de.pilotnetz.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The demo logins in the startup banner. */
@ApplicationScoped
class DemoBanner implements BannerLines {
  @Override
  public List<String> lines(Settings settings) {
    if (!settings.demo()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add("Demo-Zugänge (Passwort für alle: " + DemoMembers.PASSWORD + "):");
    DemoMembers.LOGINS.stream().map(DemoMembers.line()).forEach(l -> lines.add("  " + l));
    return lines;
  }
}
