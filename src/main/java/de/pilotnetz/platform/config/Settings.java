package de.pilotnetz.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed access to the settings every feature shares. Each key can be set as an environment
 * variable: {@code pilotnetz.index.dir} as {@code PILOTNETZ_INDEX_DIR}.
 */
@ApplicationScoped
public class Settings {

  @Inject
  @ConfigProperty(name = "pilotnetz.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "pilotnetz.base.url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "pilotnetz.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "pilotnetz.index.dir", defaultValue = "./search-index/index")
  String indexDir;

  @Inject
  @ConfigProperty(name = "pilotnetz.analysis.dir", defaultValue = "./search-index")
  String analysisDir;

  @Inject
  @ConfigProperty(name = "pilotnetz.db.url")
  String dbUrl;

  @Inject
  @ConfigProperty(name = "pilotnetz.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "pilotnetz.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "pilotnetz.trusted-proxies")
  Optional<String> trustedProxies;

  /** Addresses of reverse proxies whose X-Forwarded-For is believed. */
  public Set<String> trustedProxies() {
    return trustedProxies.map(s -> Arrays.stream(s.split(",")).map(String::trim)
        .filter(x -> !x.isEmpty()).collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
  }

  public boolean demo() {
    return demo;
  }

  /** Public address used in links of e-mails, without a trailing slash. */
  public String baseUrl() {
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public Path dataDir() {
    return Path.of(dataDir);
  }

  public Path indexDir() {
    return Path.of(indexDir);
  }

  public Path analysisDir() {
    return Path.of(analysisDir);
  }

  public boolean postgres() {
    return dbUrl != null && dbUrl.startsWith("jdbc:postgresql:");
  }

  public Optional<String> adminEmail() {
    return adminEmail.filter(s -> !s.isBlank());
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(s -> !s.isBlank());
  }
}
