package de.pilotnetz.member;

import de.pilotnetz.audit.Audit;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.security.Role;
import de.pilotnetz.platform.web.Paging;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Profiles, the member directory, and what admins do with members (roles, verification, erasure). */
@ApplicationScoped
@Transactional
public class MemberService {

  @Inject MemberRepository repo;
  @Inject Access access;
  @Inject Views views;
  @Inject TopicService topics;
  @Inject MunicipalityService municipalities;
  @Inject Passwords passwords;
  @Inject Audit audit;
  @Inject Event<MemberErased> erased;
  @Inject Instance<PersonalDataSource> personalData;
  @Inject Clock clock;

  public MeView me() {
    return views.me(current());
  }

  private Member current() {
    Caller c = access.member();
    return repo.find(c.memberId()).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
  }

  public MeView editProfile(EditProfile cmd) {
    Member m = current();
    List<String> t = topics.requireAll("topics", cmd.topics());
    String affiliation = blankToNull(cmd.affiliation());
    if (m.roles().contains(Role.EXPERT) && affiliation == null) {
      throw new InvalidInput("affiliation",
          "Expertinnen und Experten geben an, für wen sie arbeiten (Unternehmen, Behörde oder \"unabhängig\").");
    }
    m.editProfile(cmd.displayName().trim(), blankToNull(cmd.organisation()), blankToNull(cmd.position()),
        affiliation, blankToNull(cmd.bio()), t, cmd.language() == null ? m.language() : cmd.language(),
        cmd.emailFrequency() == null ? m.emailFrequency() : cmd.emailFrequency());
    return views.me(m);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** All personal data of the caller (GDPR Art. 15/20). */
  public Map<String, Object> exportMine() {
    Member m = current();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("profile", views.me(m));
    out.put("createdAt", m.createdAt());
    out.put("sessionsAndTokens", repo.allTokens(m.id()).stream().map(t -> Map.of(
        "kind", t.kind.name(), "name", t.name == null ? "" : t.name, "createdAt", t.createdAt,
        "revoked", t.revokedAt != null)).toList());
    for (PersonalDataSource source : personalData) {
      out.put(source.exportKey(), source.export(m.id()));
    }
    audit.record("DATA_EXPORTED", "member:" + m.id(), null);
    return out;
  }

  public List<MemberView> directory(String role, String state, String topic, String q, Paging paging) {
    access.member();
    Role r = role == null || role.isBlank() ? null : parseRole("role", role);
    List<Long> munis = state == null || state.isBlank() ? null
        : municipalities.list(state, null).stream().map(MunicipalityView::id).toList();
    String t = topic == null || topic.isBlank() ? null : topics.require("topic", topic);
    String name = q == null || q.isBlank() ? null : q.trim();
    return repo.search(r, munis, t, name, paging.offset(), paging.size()).stream()
        .map(views::member).toList();
  }

  public MemberView get(long id) {
    access.member();
    return repo.find(id).map(views::member).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
  }

  public List<MemberView> ofMunicipality(long municipalityId) {
    municipalities.get(municipalityId);
    access.member();
    return repo.search(null, List.of(municipalityId), null, null, 0, 500).stream()
        .map(views::member).toList();
  }

  /** Display names and disclosures of authors, for features that show who wrote what. */
  public Optional<MemberView> author(long id) {
    return repo.find(id).map(views::member);
  }

  public MemberView assignRoles(long id, AssignRoles cmd) {
    access.admin();
    Member m = repo.find(id).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
    if (m.erased()) {
      throw new Conflict("Dieses Mitglied wurde gelöscht.");
    }
    if (id == access.caller().memberId() && !cmd.roles().contains(Role.ADMIN)) {
      throw new Forbidden("Sie können sich die Admin-Rolle nicht selbst entziehen.");
    }
    Long muni = requireMunicipalityFor(cmd.roles(), cmd.municipalityId() != null ? cmd.municipalityId() : m.municipalityId());
    String before = Views.roles(m).toString();
    m.assignRoles(cmd.roles(), muni);
    audit.record("ROLES_CHANGED", "member:" + id, before + " -> " + Views.roles(m));
    return views.member(m);
  }

  public MemberView setVerified(long id, boolean verified) {
    access.admin();
    Member m = repo.find(id).filter(x -> !x.erased()).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
    m.verify(verified);
    audit.record(verified ? "MEMBER_VERIFIED" : "MEMBER_UNVERIFIED", "member:" + id, null);
    return views.member(m);
  }

  /** GDPR erasure: personal data deleted, content kept under a pseudonym, all access revoked. */
  public void erase(long id) {
    access.admin();
    if (id == access.caller().memberId()) {
      throw new Forbidden("Sie können Ihr eigenes Konto nicht löschen; bitten Sie eine andere Administratorin.");
    }
    Member m = repo.find(id).orElseThrow(() -> new NotFound("Mitglied nicht gefunden."));
    if (m.erased()) {
      throw new Conflict("Dieses Mitglied wurde schon gelöscht.");
    }
    repo.revokeAll(id, clock.instant());
    m.erase(clock.instant());
    audit.record("MEMBER_ERASED", "member:" + id, null);
    erased.fire(new MemberErased(id));
  }

  Long requireMunicipalityFor(Collection<Role> roles, Long municipalityId) {
    boolean needs = roles.contains(Role.MAYOR) || roles.contains(Role.STAFF);
    if (municipalityId != null && municipalities.find(municipalityId).isEmpty()) {
      throw new InvalidInput("municipalityId", "Diese Kommune gibt es nicht.");
    }
    if (needs && municipalityId == null) {
      throw new InvalidInput("municipalityId",
          "Bürgermeisterinnen, Bürgermeister und Verwaltungsmitarbeitende gehören zu einer Kommune.");
    }
    return municipalityId;
  }

  static Role parseRole(String field, String role) {
    return Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(role.trim())).findFirst()
        .orElseThrow(() -> new InvalidInput(field, "Unbekannte Rolle. Erlaubt: "
            + Arrays.toString(Role.values())));
  }

  /** Topics of each municipality from its members' expertise (for "municipalities like mine"). */
  public Map<Long, Set<String>> topicsByMunicipality() {
    return repo.topicsByMunicipality();
  }

  /** Experts who listed the topic (for routing questions). */
  public List<MemberView> expertsOn(String topic) {
    return repo.expertsOn(topic).stream().map(views::member).toList();
  }

  /**
   * Creates a member without invitation: the first admin, demo accounts and tests only.
   * {@code passwordHash} may be shared by demo accounts, which all use one password.
   */
  public long enrol(String email, String displayName, String passwordHash, Set<Role> roles,
      Long municipalityId, String organisation, String position, String affiliation,
      List<String> topicNames, boolean verified) {
    if (repo.byEmail(email).isPresent()) {
      throw new Conflict("Diese E-Mail-Adresse ist schon registriert.");
    }
    Member m = repo.add(new Member(email, displayName, passwordHash, roles,
        requireMunicipalityFor(roles, municipalityId), clock.instant()));
    m.editProfile(displayName, organisation, position, affiliation, null,
        topics.requireAll("topics", topicNames), "de", EmailFrequency.WEEKLY);
    m.verify(verified);
    return m.id();
  }

  public String hashPassword(String password) {
    return passwords.hash(password);
  }

  /** E-mail, language and preferences of a member, for notifications; empty when erased. */
  public Optional<MemberContact> contact(long id) {
    return repo.find(id).filter(m -> !m.erased()).map(MemberService::contactOf);
  }

  /** Members who want e-mail at this frequency, for the digests. */
  public List<MemberContact> contactsByFrequency(EmailFrequency frequency) {
    return repo.byFrequency(frequency).stream().map(MemberService::contactOf).toList();
  }

  private static MemberContact contactOf(Member m) {
    return new MemberContact(m.id(), m.displayName(), m.email(), m.language(), m.emailFrequency(),
        Set.copyOf(m.roles()), m.municipalityId(), List.copyOf(m.topics()));
  }

  /** Up to ten members whose name contains {@code q}, for @mention autocomplete (members only). */
  public List<MemberView> mentionable(String q) {
    access.member();
    String name = q == null ? "" : q.trim();
    return repo.search(null, null, null, name.isEmpty() ? null : name, 0, 10).stream()
        .map(views::member).toList();
  }

  /**
   * Members named as {@code @Display Name} in the text (the longest name wins, so "@Anja Richter"
   * is not read as a shorter name). Names are matched without regard to case.
   */
  public Set<Long> mentionedIn(String text) {
    if (text == null || text.indexOf('@') < 0) {
      return Set.of();
    }
    List<Object[]> names = repo.activeNames();
    names.sort((a, b) -> ((String) b[1]).length() - ((String) a[1]).length());
    Set<Long> found = new java.util.LinkedHashSet<>();
    for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      for (Object[] n : names) {
        String name = (String) n[1];
        int end = at + 1 + name.length();
        if (text.regionMatches(true, at + 1, name, 0, name.length())
            && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
          found.add((Long) n[0]);
          break;
        }
      }
    }
    return found;
  }

  /** The id of a member by e-mail address: demo data and tests only. */
  public Optional<Long> idByEmail(String email) {
    return repo.byEmail(email).map(Member::id);
  }

  public long count() {
    return repo.count();
  }
}
