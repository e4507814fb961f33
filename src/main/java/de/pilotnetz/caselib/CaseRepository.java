package de.pilotnetz.caselib;

import de.pilotnetz.platform.security.Access.ReadScope;
import de.pilotnetz.platform.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class CaseRepository {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  /** Filters of the case list; null means "any". */
  record Filter(String topic, Phase phase, Collection<Long> municipalities, String q,
      LocalDate staleBefore, String sort) {}

  Optional<CaseRecord> find(long id) {
    return Optional.ofNullable(em.find(CaseRecord.class, id)).filter(c -> !c.deleted());
  }

  void add(CaseRecord c) {
    em.persist(c);
  }

  void flush() {
    em.flush();
  }

  void clear() {
    em.clear();
  }

  void addRevision(CaseRevision r) {
    em.persist(r);
  }

  /**
   * The where clause of what the scope may read (from {@code Access.readScope()}), mirroring
   * {@code Access.canReadCase}: tiers of published cases, plus drafts of the own town (office) or
   * all drafts (admins).
   */
  private static String visible(ReadScope s, Map<String, Object> params) {
    StringBuilder tiers = new StringBuilder("c.visibility = :pub");
    params.put("pub", Visibility.PUBLIC);
    if (s.member()) {
      tiers.append(" or c.visibility = :net");
      params.put("net", Visibility.NETWORK);
    }
    if (s.everything()) {
      tiers.append(" or c.visibility = :res");
      params.put("res", Visibility.RESTRICTED);
    } else if (s.member() && s.municipalityId() != null) {
      // A subquery, not "member of": that joins case_share into the outer query and drops the
      // cases that are shared with nobody.
      tiers.append(" or (c.visibility = :res and (c.municipalityId = :mine or c.id in"
          + " (select c2.id from CaseRecord c2 join c2.sharedWith s where s = :mine)))");
      params.put("res", Visibility.RESTRICTED);
      params.put("mine", s.municipalityId());
    }
    String where = "(c.status = :published and (" + tiers + "))";
    params.put("published", CaseStatus.PUBLISHED);
    if (s.allDrafts()) {
      where = "(" + where + " or c.status = :draft)";
      params.put("draft", CaseStatus.DRAFT);
    } else if (s.draftsOfOwnMunicipality()) {
      where = "(" + where + " or (c.status = :draft and c.municipalityId = :own))";
      params.put("draft", CaseStatus.DRAFT);
      params.put("own", s.municipalityId());
    }
    return where;
  }

  private static String where(ReadScope s, Filter f, Map<String, Object> p) {
    StringBuilder w = new StringBuilder(" where c.deletedAt is null and ").append(visible(s, p));
    if (f.topic() != null) {
      w.append(" and c.topic = :topic");
      p.put("topic", f.topic());
    }
    if (f.phase() != null) {
      w.append(" and c.phase = :phase");
      p.put("phase", f.phase());
    }
    if (f.municipalities() != null) {
      // Literal ids (numbers from our own database): a collection parameter here matched nothing
      // on EclipseLink 4 with H2.
      w.append(" and c.municipalityId in (").append(f.municipalities().isEmpty() ? "-1"
          : f.municipalities().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
          .append(")");
    }
    if (f.q() != null) {
      w.append(" and (lower(c.title) like :q or lower(c.summary) like :q)");
      p.put("q", "%" + f.q().toLowerCase() + "%");
    }
    if (f.staleBefore() != null) {
      w.append(" and c.phase in :running and (c.latestMeasuredAt is null or c.latestMeasuredAt < :cutoff)");
      p.put("running", List.of(Phase.PILOT, Phase.ROLLOUT));
      p.put("cutoff", f.staleBefore());
    }
    return w.toString();
  }

  long count(ReadScope s, Filter f) {
    Map<String, Object> p = new HashMap<>();
    TypedQuery<Long> q = em.createQuery("select count(c) from CaseRecord c" + where(s, f, p), Long.class);
    p.forEach(q::setParameter);
    return q.getSingleResult();
  }

  List<CaseRecord> page(ReadScope s, Filter f, int offset, int size) {
    Map<String, Object> p = new HashMap<>();
    String order = switch (f.sort() == null ? "newest" : f.sort()) {
      case "updated" -> " order by c.updatedAt desc, c.id desc";
      case "title" -> " order by c.title, c.id";
      default -> " order by c.createdAt desc, c.id desc";
    };
    TypedQuery<CaseRecord> q = em.createQuery("select c from CaseRecord c" + where(s, f, p) + order,
        CaseRecord.class);
    p.forEach(q::setParameter);
    return q.setFirstResult(offset).setMaxResults(size).getResultList();
  }

  /** Readable cases with id above {@code afterId}, in id order (export, in chunks). */
  List<CaseRecord> after(ReadScope s, long afterId, int size) {
    Map<String, Object> p = new HashMap<>();
    TypedQuery<CaseRecord> q = em.createQuery("select c from CaseRecord c"
        + where(s, new Filter(null, null, null, null, null, null), p) + " and c.id > :after order by c.id",
        CaseRecord.class);
    p.forEach(q::setParameter);
    return q.setParameter("after", afterId).setMaxResults(size).getResultList();
  }

  /** All cases, deleted included, with id above {@code afterId} (search rebuild). */
  List<CaseRecord> allAfter(long afterId, int size) {
    return em.createQuery("select c from CaseRecord c where c.id > :after order by c.id", CaseRecord.class)
        .setParameter("after", afterId).setMaxResults(size).getResultList();
  }

  List<CaseRevision> revisions(long caseId) {
    return em.createQuery("select r from CaseRevision r where r.caseId = :c order by r.number desc",
        CaseRevision.class).setParameter("c", caseId).getResultList();
  }

  Optional<CaseRevision> revision(long caseId, int number) {
    return em.createQuery("select r from CaseRevision r where r.caseId = :c and r.number = :n",
        CaseRevision.class).setParameter("c", caseId).setParameter("n", number)
        .getResultStream().findFirst();
  }

  /** Like {@link #allAfter}, with partners, tags, KPIs and shares read in one query each. */
  List<CaseRecord> allAfterWithCollections(long afterId, int size) {
    return em.createQuery("select c from CaseRecord c where c.id > :after order by c.id", CaseRecord.class)
        .setParameter("after", afterId).setMaxResults(size)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.partners").setHint("eclipselink.batch", "c.tags")
        .setHint("eclipselink.batch", "c.kpis").setHint("eclipselink.batch", "c.sharedWith")
        .getResultList();
  }

  /** Attachments of several cases, by case id. */
  java.util.Map<Long, List<CaseAttachment>> attachments(List<Long> caseIds) {
    if (caseIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery("select a from CaseAttachment a where a.caseId in :c order by a.id", CaseAttachment.class)
        .setParameter("c", caseIds).getResultStream()
        .collect(java.util.stream.Collectors.groupingBy(a -> a.caseId));
  }

  List<CaseAttachment> attachments(long caseId) {
    return em.createQuery("select a from CaseAttachment a where a.caseId = :c order by a.id",
        CaseAttachment.class).setParameter("c", caseId).getResultList();
  }

  Optional<CaseAttachment> attachment(long id) {
    return Optional.ofNullable(em.find(CaseAttachment.class, id));
  }

  void addAttachment(CaseAttachment a) {
    em.persist(a);
  }

  List<CaseAdoption> adoptionsOf(long caseId) {
    return em.createQuery("select a from CaseAdoption a where a.caseId = :c order by a.updatedAt desc",
        CaseAdoption.class).setParameter("c", caseId).getResultList();
  }

  List<CaseAdoption> adoptionsBy(long municipalityId) {
    return em.createQuery("select a from CaseAdoption a where a.municipalityId = :m order by a.updatedAt desc",
        CaseAdoption.class).setParameter("m", municipalityId).getResultList();
  }

  Optional<CaseAdoption> adoption(long caseId, long municipalityId) {
    return em.createQuery("select a from CaseAdoption a where a.caseId = :c and a.municipalityId = :m",
        CaseAdoption.class).setParameter("c", caseId).setParameter("m", municipalityId)
        .getResultStream().findFirst();
  }

  void addAdoption(CaseAdoption a) {
    em.persist(a);
  }

  Map<Long, Long> adoptionCounts(Collection<Long> caseIds) {
    Map<Long, Long> out = new HashMap<>();
    if (caseIds.isEmpty()) {
      return out;
    }
    em.createQuery("select a.caseId, count(a) from CaseAdoption a where a.caseId in :ids group by a.caseId",
        Object[].class).setParameter("ids", caseIds).getResultList()
        .forEach(r -> out.put((Long) r[0], (Long) r[1]));
    return out;
  }

  /** Topics of published cases per municipality. */
  List<Object[]> topicsByMunicipality() {
    return em.createQuery("select distinct c.municipalityId, c.topic from CaseRecord c"
        + " where c.deletedAt is null and c.status = :p and c.topic is not null", Object[].class)
        .setParameter("p", CaseStatus.PUBLISHED).getResultList();
  }

  /** Candidates for a KPI reminder: published, running, stale (the entity decides the rest). */
  List<CaseRecord> staleRunning(LocalDate cutoff) {
    return em.createQuery("select c from CaseRecord c where c.deletedAt is null and c.status = :p"
        + " and c.contactId is not null and c.phase in :running"
        + " and (c.latestMeasuredAt is null or c.latestMeasuredAt < :cutoff)", CaseRecord.class)
        .setParameter("p", CaseStatus.PUBLISHED).setParameter("running", List.of(Phase.PILOT, Phase.ROLLOUT))
        .setParameter("cutoff", cutoff).getResultList();
  }
}
