package de.pilotnetz.member;

import de.pilotnetz.platform.errors.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password hashing with Jakarta Security's PBKDF2 (HMAC-SHA256, 600,000 iterations, as OWASP
 * recommends for 2023+) and the password rules: 12 characters at least, not a common password.
 */
@ApplicationScoped
public class Passwords {
  static final int MIN_LENGTH = 12;
  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  private Set<String> common;

  @PostConstruct
  void init() {
    pbkdf2.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
        "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", "16",
        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    common = load("/member/common-passwords.txt");
  }

  static Set<String> load(String resource) {
    try (var in = Passwords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Throws 400 naming the field unless the password is acceptable. */
  public void checkStrength(String field, String password, String email) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new InvalidInput(field, "Das Passwort muss mindestens " + MIN_LENGTH + " Zeichen lang sein.");
    }
    if (password.length() > 200) {
      throw new InvalidInput(field, "Das Passwort darf höchstens 200 Zeichen lang sein.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower) || isRepetition(lower)
        || (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]) && email.indexOf('@') > 3)) {
      throw new InvalidInput(field, "Dieses Passwort ist zu leicht zu erraten. Wählen Sie ein anderes.");
    }
  }

  private static boolean isRepetition(String s) {
    return s.chars().distinct().count() <= 3;
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return hash != null && password != null && pbkdf2.verify(password.toCharArray(), hash);
  }
}
