package de.pilotnetz.member;

import de.pilotnetz.platform.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person in the network. Joins by accepting an invitation, logs in with e-mail and password,
 * is verified by an admin once their office is checked. On erasure (GDPR) the personal data goes,
 * the row stays as "Ehemaliges Mitglied" so that their posts keep an author.
 */
@Entity
@Table(name = "member_account")
public class Member {
  static final String ERASED_NAME = "Ehemaliges Mitglied";

  @Id
  @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role")
  private Set<Role> roles = new LinkedHashSet<>();

  @Column(name = "municipality_id")
  private Long municipalityId;

  private String organisation;
  private String position;
  private String affiliation;
  private String bio;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_topic", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "topic")
  private Set<String> topics = new LinkedHashSet<>();

  @Column(nullable = false)
  private String language = "de";

  @Enumerated(EnumType.STRING)
  @Column(name = "email_frequency", nullable = false)
  private EmailFrequency emailFrequency = EmailFrequency.IMMEDIATE;

  @Column(nullable = false)
  private boolean verified;

  @Column(name = "erased_at")
  private Instant erasedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Member() {}

  Member(String email, String displayName, String passwordHash, Collection<Role> roles,
      Long municipalityId, Instant now) {
    this.email = normaliseEmail(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles.addAll(roles);
    this.municipalityId = municipalityId;
    this.createdAt = now;
  }

  static String normaliseEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  void editProfile(String displayName, String organisation, String position, String affiliation,
      String bio, Collection<String> topics, String language, EmailFrequency frequency) {
    this.displayName = displayName;
    this.organisation = organisation;
    this.position = position;
    this.affiliation = affiliation;
    this.bio = bio;
    this.topics.clear();
    this.topics.addAll(topics);
    this.language = language;
    this.emailFrequency = frequency;
  }

  void changePassword(String hash) {
    this.passwordHash = hash;
  }

  void assignRoles(Collection<Role> roles, Long municipalityId) {
    this.roles.clear();
    this.roles.addAll(roles);
    this.municipalityId = municipalityId;
  }

  void verify(boolean verified) {
    this.verified = verified;
  }

  /** Deletes personal data; the id and the content that points to it remain. */
  void erase(Instant now) {
    this.email = "erased-" + id + "@invalid";
    this.displayName = ERASED_NAME;
    this.passwordHash = null;
    this.roles.clear();
    this.organisation = null;
    this.position = null;
    this.affiliation = null;
    this.bio = null;
    this.topics.clear();
    this.verified = false;
    this.emailFrequency = EmailFrequency.OFF;
    this.erasedAt = now;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  public Long municipalityId() {
    return municipalityId;
  }

  public String organisation() {
    return organisation;
  }

  public String position() {
    return position;
  }

  public String affiliation() {
    return affiliation;
  }

  public String bio() {
    return bio;
  }

  public Set<String> topics() {
    return Set.copyOf(topics);
  }

  public String language() {
    return language;
  }

  public EmailFrequency emailFrequency() {
    return emailFrequency;
  }

  public boolean verified() {
    return verified;
  }

  public boolean erased() {
    return erasedAt != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
