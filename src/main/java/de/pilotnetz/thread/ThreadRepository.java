package de.pilotnetz.thread;

import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class ThreadRepository {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  /** Filters of the thread list; null means "any". */
  record Filter(String topic, String tag, Boolean unanswered, Boolean solved, boolean withHidden,
      Access.ReadScope scope) {}

  <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  void flush() {
    em.flush();
  }

  void refresh(Object entity) {
    em.refresh(entity);
  }

  Optional<ThreadRecord> thread(long id) {
    return Optional.ofNullable(em.find(ThreadRecord.class, id));
  }

  Optional<Answer> answer(long id) {
    return Optional.ofNullable(em.find(Answer.class, id));
  }

  List<Answer> answers(long threadId) {
    return em.createQuery("select a from Answer a where a.threadId = :t order by a.createdAt, a.id", Answer.class)
        .setParameter("t", threadId).getResultList();
  }

  Optional<Answer> answerByClientRequest(long authorId, String clientRequestId) {
    return em.createQuery("select a from Answer a where a.authorId = :a and a.clientRequestId = :c", Answer.class)
        .setParameter("a", authorId).setParameter("c", clientRequestId).getResultStream().findFirst();
  }

  List<AnswerRevision> revisions(long answerId) {
    return em.createQuery("select r from AnswerRevision r where r.answerId = :a order by r.revision", AnswerRevision.class)
        .setParameter("a", answerId).getResultList();
  }

  /** Counts an answer without touching the question's version (its ETag is the question's text). */
  void countAnswer(long threadId, Instant now) {
    em.createQuery("update ThreadRecord t set t.answerCount = t.answerCount + 1 where t.id = :id")
        .setParameter("id", threadId).executeUpdate();
    em.createQuery("update ThreadRecord t set t.firstAnswerAt = :now where t.id = :id and t.firstAnswerAt is null")
        .setParameter("id", threadId).setParameter("now", now).executeUpdate();
  }

  // Votes

  Map<Long, Integer> myVotes(long threadId, long memberId) {
    Map<Long, Integer> out = new HashMap<>();
    List<?> rows = em.createNativeQuery("select v.answer_id, v.vote from answer_vote v join thread_answer a"
            + " on a.id = v.answer_id where a.thread_id = ? and v.member_id = ?")
        .setParameter(1, threadId).setParameter(2, memberId).getResultList();
    for (Object r : rows) {
      Object[] row = (Object[]) r;
      out.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return out;
  }

  int vote(long answerId, long memberId) {
    List<?> rows = em.createNativeQuery("select vote from answer_vote where answer_id = ? and member_id = ?")
        .setParameter(1, answerId).setParameter(2, memberId).getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }

  /** Sets the member's vote (0 removes it) and moves the answer's score by the difference. */
  void setVote(long answerId, long memberId, int old, int value) {
    if (old != 0) {
      em.createNativeQuery("delete from answer_vote where answer_id = ? and member_id = ?")
          .setParameter(1, answerId).setParameter(2, memberId).executeUpdate();
    }
    if (value != 0) {
      em.createNativeQuery("insert into answer_vote (answer_id, member_id, vote) values (?, ?, ?)")
          .setParameter(1, answerId).setParameter(2, memberId).setParameter(3, value).executeUpdate();
    }
    em.createQuery("update Answer a set a.score = a.score + :d where a.id = :id")
        .setParameter("d", value - old).setParameter("id", answerId).executeUpdate();
  }

  // Lists

  List<ThreadRecord> list(Filter f, int offset, int limit) {
    TypedQuery<ThreadRecord> q = em.createQuery("select t from ThreadRecord t where " + where(f)
        + (Boolean.TRUE.equals(f.unanswered()) ? " order by t.createdAt, t.id" : " order by t.createdAt desc, t.id desc"),
        ThreadRecord.class);
    bind(q, f);
    return q.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  long count(Filter f) {
    TypedQuery<Long> q = em.createQuery("select count(t) from ThreadRecord t where " + where(f), Long.class);
    bind(q, f);
    return q.getSingleResult();
  }

  private static String where(Filter f) {
    Access.ReadScope s = f.scope();
    StringBuilder w = new StringBuilder("(t.visibility = :pub");
    if (s.member()) {
      w.append(" or t.visibility = :net");
    }
    if (s.everything()) {
      w.append(" or t.visibility = :res");
    } else if (s.municipalityId() != null) {
      w.append(" or (t.visibility = :res and (t.authorMunicipalityId = :muni or t.id in"
          + " (select t2.id from ThreadRecord t2 join t2.sharedWith sw where sw = :muni)))");
    }
    w.append(")");
    if (!f.withHidden()) {
      w.append(" and t.hidden = false");
    }
    if (f.topic() != null) {
      w.append(" and t.topic = :topic");
    }
    if (f.tag() != null) {
      w.append(" and t.id in (select t3.id from ThreadRecord t3 join t3.tags g where g = :tag)");
    }
    if (Boolean.TRUE.equals(f.unanswered())) {
      w.append(" and t.answerCount = 0");
    } else if (Boolean.FALSE.equals(f.unanswered())) {
      w.append(" and t.answerCount > 0");
    }
    if (Boolean.TRUE.equals(f.solved())) {
      w.append(" and t.acceptedAnswerId is not null");
    } else if (Boolean.FALSE.equals(f.solved())) {
      w.append(" and t.acceptedAnswerId is null");
    }
    return w.toString();
  }

  private static void bind(TypedQuery<?> q, Filter f) {
    q.setParameter("pub", Visibility.PUBLIC);
    if (f.scope().member()) {
      q.setParameter("net", Visibility.NETWORK);
    }
    if (f.scope().everything() || f.scope().municipalityId() != null) {
      q.setParameter("res", Visibility.RESTRICTED);
    }
    if (!f.scope().everything() && f.scope().municipalityId() != null) {
      q.setParameter("muni", f.scope().municipalityId());
    }
    if (f.topic() != null) {
      q.setParameter("topic", f.topic());
    }
    if (f.tag() != null) {
      q.setParameter("tag", f.tag());
    }
  }

  /** Threads after {@code afterId}, for the search rebuild (keyset pagination). */
  /** Detaches what was read, so that a long read-only pass does not fill the persistence context. */
  void clear() {
    em.clear();
  }

  /** Like {@link #batchAfter}, with tags and shares read in one query each. */
  List<ThreadRecord> batchAfterWithCollections(long afterId, int size) {
    return em.createQuery("select t from ThreadRecord t where t.id > :after order by t.id", ThreadRecord.class)
        .setParameter("after", afterId).setMaxResults(size).setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "t.tags").setHint("eclipselink.batch", "t.sharedWith").getResultList();
  }

  /** Answers of several threads, by thread, each list in the order of {@link #answers(long)}. */
  java.util.Map<Long, List<Answer>> answers(List<Long> threadIds) {
    if (threadIds.isEmpty()) {
      return java.util.Map.of();
    }
    return em.createQuery("select a from Answer a where a.threadId in :t order by a.createdAt, a.id", Answer.class)
        .setParameter("t", threadIds).getResultStream()
        .collect(java.util.stream.Collectors.groupingBy(Answer::threadId));
  }

  List<ThreadRecord> batchAfter(long afterId, int size) {
    return em.createQuery("select t from ThreadRecord t where t.id > :after order by t.id", ThreadRecord.class)
        .setParameter("after", afterId).setMaxResults(size).getResultList();
  }

  /** Solved or new threads since a time, for digests; visibility is checked by the caller. */
  List<ThreadRecord> solvedSince(Instant since, int limit) {
    return em.createQuery("select t from ThreadRecord t where t.hidden = false and t.acceptedAt is not null"
            + " and t.acceptedAt > :since order by t.acceptedAt desc", ThreadRecord.class)
        .setParameter("since", since).setMaxResults(limit).getResultList();
  }

  // Flags

  List<Flag> openFlags(int offset, int limit) {
    return em.createQuery("select f from Flag f where f.resolvedAt is null order by f.createdAt, f.id", Flag.class)
        .setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  void resolveFlags(Flag.Kind kind, long targetId, String resolution, Instant now) {
    em.createQuery("update Flag f set f.resolvedAt = :now, f.resolution = :r where f.kind = :k"
            + " and f.targetId = :id and f.resolvedAt is null")
        .setParameter("now", now).setParameter("r", resolution).setParameter("k", kind)
        .setParameter("id", targetId).executeUpdate();
  }

  // Watches

  Optional<Watch> watch(long memberId, WatchKind kind, String target) {
    return em.createQuery("select w from Watch w where w.memberId = :m and w.kind = :k and w.target = :t", Watch.class)
        .setParameter("m", memberId).setParameter("k", kind).setParameter("t", target)
        .getResultStream().findFirst();
  }

  List<Watch> watchers(WatchKind kind, String target) {
    return em.createQuery("select w from Watch w where w.kind = :k and w.target = :t", Watch.class)
        .setParameter("k", kind).setParameter("t", target).getResultList();
  }

  List<Watch> watchesOf(long memberId) {
    return em.createQuery("select w from Watch w where w.memberId = :m order by w.kind, w.target", Watch.class)
        .setParameter("m", memberId).getResultList();
  }

  void remove(Object entity) {
    em.remove(entity);
  }

  /** [topic, createdAt, firstAnswerAt, acceptedAt] of visible threads, for the statistics. */
  List<ThreadRecord> forStats(Filter f) {
    TypedQuery<ThreadRecord> q = em.createQuery("select t from ThreadRecord t where " + where(f), ThreadRecord.class);
    bind(q, f);
    return q.setMaxResults(10_000).getResultList();
  }
}
