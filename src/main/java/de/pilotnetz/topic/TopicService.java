package de.pilotnetz.topic;

import de.pilotnetz.platform.errors.Conflict;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The controlled list of topics that cases, questions, chat rooms and expertise refer to. */
@ApplicationScoped
@Transactional
public class TopicService {

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Access access;
  @Inject Clock clock;

  public List<String> names() {
    return em.createQuery("select t.name from Topic t order by t.id", String.class).getResultList();
  }

  /** The canonical spelling of a topic name, matched without regard to case. */
  public Optional<String> canonical(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim();
    return names().stream().filter(n -> n.equalsIgnoreCase(wanted)).findFirst();
  }

  /** The canonical name, or 400 naming the field. */
  public String require(String field, String name) {
    return canonical(name).orElseThrow(() -> new InvalidInput(field,
        "Unbekanntes Thema \"" + name + "\". Erlaubt: " + String.join(", ", names())));
  }

  public List<String> requireAll(String field, Collection<String> names) {
    return names == null ? List.of() : names.stream().map(n -> require(field, n)).distinct().toList();
  }

  public String add(String name) {
    access.admin();
    String n = name == null ? "" : name.trim();
    if (n.isEmpty() || n.length() > 100) {
      throw new InvalidInput("name", "Ein Thema hat 1 bis 100 Zeichen.");
    }
    if (canonical(n).isPresent()) {
      throw new Conflict("Das Thema \"" + n + "\" gibt es schon.");
    }
    em.persist(new Topic(n, clock.instant()));
    return n;
  }
}
