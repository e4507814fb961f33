package de.pilotnetz.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class MunicipalityRepository {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  Optional<Municipality> find(long id) {
    return Optional.ofNullable(em.find(Municipality.class, id));
  }

  Optional<Municipality> byAgs(String ags) {
    return em.createQuery("select m from Municipality m where m.ags = :ags", Municipality.class)
        .setParameter("ags", ags).getResultStream().findFirst();
  }

  Optional<Municipality> byName(String name, State state) {
    return em.createQuery(
            "select m from Municipality m where lower(m.name) = lower(:name) and m.state = :state",
            Municipality.class)
        .setParameter("name", name).setParameter("state", state)
        .getResultStream().findFirst();
  }

  List<Municipality> list(State state, String nameContains) {
    StringBuilder jpql = new StringBuilder("select m from Municipality m where 1 = 1");
    if (state != null) {
      jpql.append(" and m.state = :state");
    }
    if (nameContains != null) {
      jpql.append(" and lower(m.name) like :q");
    }
    var query = em.createQuery(jpql.append(" order by m.name").toString(), Municipality.class);
    if (state != null) {
      query.setParameter("state", state);
    }
    if (nameContains != null) {
      query.setParameter("q", "%" + nameContains.toLowerCase() + "%");
    }
    return query.getResultList();
  }

  Optional<String> maxAgsWithPrefix(String prefix) {
    return Optional.ofNullable(em.createQuery(
            "select max(m.ags) from Municipality m where m.ags like :p", String.class)
        .setParameter("p", prefix + "%").getSingleResult());
  }

  long count() {
    return em.createQuery("select count(m) from Municipality m", Long.class).getSingleResult();
  }

  Municipality add(Municipality m) {
    em.persist(m);
    return m;
  }
}
