package de.pilotnetz.platform.config;

import java.util.List;

/** Lines a feature adds to the startup banner, e.g. the demo logins. */
public interface BannerLines {
  List<String> lines(Settings settings);
}
