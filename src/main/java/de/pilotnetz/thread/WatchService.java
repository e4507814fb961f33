package de.pilotnetz.thread;

import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Watching threads, cases, topics and municipalities. */
@ApplicationScoped
@Transactional
public class WatchService {
  @Inject Access access;
  @Inject ThreadRepository repo;
  @Inject ThreadGuard guard;
  @Inject TopicService topics;
  @Inject MunicipalityService municipalities;
  @Inject Clock clock;

  public List<WatchView> mine() {
    Caller c = access.member();
    return repo.watchesOf(c.memberId()).stream().map(w -> new WatchView(w.kind(), w.target(), w.level())).toList();
  }

  public WatchView watch(SetWatch cmd) {
    Caller c = access.member();
    String target = target(c, cmd.kind(), cmd.target());
    WatchLevel level = cmd.level() == null ? WatchLevel.ALL : cmd.level();
    Watch w = repo.watch(c.memberId(), cmd.kind(), target).orElse(null);
    if (w == null) {
      repo.add(new Watch(c.memberId(), cmd.kind(), target, level, clock.instant()));
    } else {
      w.level(level);
    }
    return new WatchView(cmd.kind(), target, level);
  }

  public void unwatch(WatchKind kind, String target) {
    Caller c = access.member();
    if (kind == null || target == null || target.isBlank()) {
      throw new InvalidInput(kind == null ? "kind" : "target", "fehlt");
    }
    repo.watch(c.memberId(), kind, target.trim()).ifPresent(repo::remove);
  }

  /** The canonical target, checked: a thread the caller can read, a known topic or municipality. */
  private String target(Caller c, WatchKind kind, String raw) {
    String t = raw.trim();
    return switch (kind) {
      case TOPIC -> topics.require("target", t);
      case THREAD -> guard.readable(c, id(t)).id().toString();
      case MUNICIPALITY -> municipalities.find(id(t)).map(m -> Long.toString(m.id()))
          .orElseThrow(() -> new NotFound("Die Kommune wurde nicht gefunden."));
      case CASE -> Long.toString(id(t));
    };
  }

  private static long id(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new InvalidInput("target", "muss eine Nummer sein");
    }
  }

  /** Asking or answering watches the thread, unless the member already chose a level. */
  void autoWatch(long memberId, long threadId) {
    if (repo.watch(memberId, WatchKind.THREAD, Long.toString(threadId)).isEmpty()) {
      repo.add(new Watch(memberId, WatchKind.THREAD, Long.toString(threadId), WatchLevel.ALL, clock.instant()));
    }
  }

  WatchLevel level(long memberId, long threadId) {
    return repo.watch(memberId, WatchKind.THREAD, Long.toString(threadId)).map(Watch::level).orElse(null);
  }
}
