package de.pilotnetz.member;

import de.pilotnetz.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class MemberRepository {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  Optional<Member> find(long id) {
    return Optional.ofNullable(em.find(Member.class, id));
  }

  Optional<Member> byEmail(String email) {
    return em.createQuery("select m from Member m where m.email = :e", Member.class)
        .setParameter("e", Member.normaliseEmail(email)).getResultStream().findFirst();
  }

  long count() {
    return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
  }

  void flush() {
    em.flush();
  }

  Member add(Member m) {
    em.persist(m);
    return m;
  }

  /** The directory, filtered; null filters are ignored. */
  List<Member> search(Role role, Collection<Long> municipalityIds, String topic, String nameContains,
      int offset, int limit) {
    StringBuilder jpql = new StringBuilder("select distinct m from Member m");
    if (role != null) {
      jpql.append(" join m.roles r");
    }
    if (topic != null) {
      jpql.append(" join m.topics t");
    }
    jpql.append(" where m.erasedAt is null");
    if (role != null) {
      jpql.append(" and r = :role");
    }
    if (topic != null) {
      jpql.append(" and t = :topic");
    }
    if (municipalityIds != null) {
      jpql.append(municipalityIds.isEmpty() ? " and 1 = 0" : " and m.municipalityId in :munis");
    }
    if (nameContains != null) {
      jpql.append(" and lower(m.displayName) like :q");
    }
    jpql.append(" order by m.displayName, m.id");
    TypedQuery<Member> q = em.createQuery(jpql.toString(), Member.class);
    if (role != null) {
      q.setParameter("role", role);
    }
    if (topic != null) {
      q.setParameter("topic", topic);
    }
    if (municipalityIds != null && !municipalityIds.isEmpty()) {
      q.setParameter("munis", municipalityIds);
    }
    if (nameContains != null) {
      q.setParameter("q", "%" + nameContains.toLowerCase() + "%");
    }
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  /** Topics of each municipality, from the expertise of its members. */
  Map<Long, java.util.Set<String>> topicsByMunicipality() {
    Map<Long, java.util.Set<String>> result = new HashMap<>();
    em.createQuery("select m.municipalityId, t from Member m join m.topics t"
            + " where m.municipalityId is not null and m.erasedAt is null", Object[].class)
        .getResultList()
        .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new java.util.TreeSet<>())
            .add((String) row[1]));
    return result;
  }

  List<Member> expertsOn(String topic) {
    return em.createQuery("select distinct m from Member m join m.roles r join m.topics t"
            + " where r = :role and t = :topic and m.erasedAt is null", Member.class)
        .setParameter("role", Role.EXPERT).setParameter("topic", topic).getResultList();
  }

  List<Member> byFrequency(EmailFrequency f) {
    return em.createQuery("select m from Member m where m.emailFrequency = :f and m.erasedAt is null",
        Member.class).setParameter("f", f).getResultList();
  }

  /** [id, displayName] of every member not erased. */
  List<Object[]> activeNames() {
    return new java.util.ArrayList<>(em.createQuery(
        "select m.id, m.displayName from Member m where m.erasedAt is null", Object[].class)
        .getResultList());
  }

  // Tokens

  Optional<AuthToken> tokenByHash(String hash) {
    return em.createQuery("select t from AuthToken t where t.tokenHash = :h", AuthToken.class)
        .setParameter("h", hash).getResultStream().findFirst();
  }

  Optional<AuthToken> token(long id) {
    return Optional.ofNullable(em.find(AuthToken.class, id));
  }

  AuthToken add(AuthToken t) {
    em.persist(t);
    return t;
  }

  List<AuthToken> apiTokens(long memberId) {
    return em.createQuery("select t from AuthToken t where t.memberId = :m and t.kind = :k"
            + " and t.revokedAt is null order by t.createdAt desc", AuthToken.class)
        .setParameter("m", memberId).setParameter("k", AuthToken.Kind.API).getResultList();
  }

  List<AuthToken> allTokens(long memberId) {
    return em.createQuery("select t from AuthToken t where t.memberId = :m order by t.createdAt", AuthToken.class)
        .setParameter("m", memberId).getResultList();
  }

  int revokeAll(long memberId, Instant now) {
    return em.createQuery("update AuthToken t set t.revokedAt = :now where t.memberId = :m and t.revokedAt is null")
        .setParameter("now", now).setParameter("m", memberId).executeUpdate();
  }

  // Invitations and resets

  Invitation add(Invitation i) {
    em.persist(i);
    return i;
  }

  Optional<Invitation> invitation(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  Optional<Invitation> invitationByHash(String hash) {
    return em.createQuery("select i from Invitation i where i.tokenHash = :h", Invitation.class)
        .setParameter("h", hash).getResultStream().findFirst();
  }

  List<Invitation> invitations() {
    return em.createQuery("select i from Invitation i order by i.createdAt desc", Invitation.class)
        .setMaxResults(500).getResultList();
  }

  List<Invitation> openInvitationsFor(String email) {
    return em.createQuery("select i from Invitation i where i.email = :e and i.acceptedAt is null"
            + " and i.revokedAt is null", Invitation.class).setParameter("e", email).getResultList();
  }

  PasswordReset add(PasswordReset r) {
    em.persist(r);
    return r;
  }

  Optional<PasswordReset> resetByHash(String hash) {
    return em.createQuery("select r from PasswordReset r where r.tokenHash = :h", PasswordReset.class)
        .setParameter("h", hash).getResultStream().findFirst();
  }
}
