package de.pilotnetz.member;

import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Creates the first admin in an empty database, from PILOTNETZ_ADMIN_EMAIL and
 * PILOTNETZ_ADMIN_PASSWORD, or with a random password printed once in the log.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
  static final String DEFAULT_EMAIL = "admin@pilotnetz.local";

  @Inject MemberService members;
  @Inject Passwords passwords;
  @Inject Settings settings;

  @PostConstruct
  void createFirstAdmin() {
    if (members.count() > 0) {
      return;
    }
    String email = settings.adminEmail().orElse(DEFAULT_EMAIL);
    String password = settings.adminPassword().orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = Secrets.newSecret().substring(0, 20);
    } else {
      passwords.checkStrength("PILOTNETZ_ADMIN_PASSWORD", password, email);
    }
    members.enrol(email, "Administration", passwords.hash(password), Set.of(Role.ADMIN), null,
        "Pilotnetz", "Administration", null, List.of(), true);
    if (generated) {
      LOG.warning("First admin created: " + email + " with the generated password " + password
          + " (shown only now; change it after logging in)");
    } else {
      LOG.info("First admin created: " + email);
    }
  }
}
