package de.pilotnetz.thread;

import de.pilotnetz.platform.errors.Forbidden;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answering, editing answers, voting and accepting. */
@ApplicationScoped
@Transactional
public class AnswerService {

  @Inject Access access;
  @Inject ThreadRepository repo;
  @Inject ThreadGuard guard;
  @Inject ThreadViews views;
  @Inject ThreadNotifier notifier;
  @Inject WatchService watches;
  @Inject SearchChanges search;
  @Inject Clock clock;

  /** The stored answer, and whether it had been stored before under the same client request id. */
  public record Posted(AnswerView answer, boolean replay) {}

  public Posted answer(long threadId, PostAnswer cmd, String idempotencyKey) {
    Caller c = access.member();
    ThreadRecord t = guard.readable(c, threadId);
    String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey.trim()
        : cmd.clientRequestId() == null || cmd.clientRequestId().isBlank() ? null : cmd.clientRequestId().trim();
    if (key != null && key.length() > 100) {
      throw new InvalidInput("clientRequestId", "höchstens 100 Zeichen");
    }
    if (key != null) {
      Optional<Answer> earlier = repo.answerByClientRequest(c.memberId(), key);
      if (earlier.isPresent()) {
        if (earlier.get().threadId() != threadId) {
          throw new InvalidInput("clientRequestId", "wurde schon für eine andere Antwort verwendet");
        }
        return new Posted(views.answer(earlier.get(), t, c, 0), true);
      }
    }
    t.requireOpen();
    Instant now = clock.instant();
    Answer a = repo.add(new Answer(threadId, c.memberId(), cmd.body(), key, now));
    repo.flush();
    repo.countAnswer(threadId, now);
    repo.refresh(t);
    search.record(DocType.THREAD, threadId);
    watches.autoWatch(c.memberId(), threadId);
    notifier.answered(t, a);
    return new Posted(views.answer(a, t, c, 0), false);
  }

  /** Edits an answer: its author or a moderator, with the version last seen (If-Match). */
  public AnswerView edit(long answerId, Long ifMatch, EditAnswer cmd) {
    Caller c = access.member();
    Answer a = guard.readableAnswer(c, answerId);
    if (!Access.canEdit(c, a.authorId())) {
      throw new Forbidden("Nur die Autorin oder der Autor und die Moderation können diese Antwort ändern.");
    }
    ThreadService.checkVersion(ifMatch, a.version());
    String before = a.body();
    repo.add(a.revise(cmd.body(), c.memberId(), clock.instant()));
    repo.flush();
    ThreadRecord t = guard.threadOf(a);
    search.record(DocType.THREAD, t.id());
    notifier.edited(t, before, cmd.body(), c.memberId());
    return views.answer(a, t, c, repo.vote(a.id(), c.memberId()));
  }

  public List<RevisionView> revisions(long answerId) {
    Caller c = access.caller();
    Answer a = guard.readableAnswer(c, answerId);
    return repo.revisions(a.id()).stream()
        .map(r -> new RevisionView(r.revision(), r.body(), r.createdAt())).toList();
  }

  /** +1/-1 per member and answer, changeable, 0 removes it; not on one's own answer. */
  public AnswerView vote(long answerId, CastVote cmd) {
    Caller c = access.member();
    Integer value = cmd == null ? null : cmd.value();
    if (value == null || value < -1 || value > 1) {
      throw new InvalidInput("value", "muss 1, -1 oder 0 sein");
    }
    Answer a = guard.readableAnswer(c, answerId);
    if (a.authorId() == c.memberId()) {
      throw new Forbidden("Eigene Antworten können Sie nicht bewerten.");
    }
    int old = repo.vote(answerId, c.memberId());
    if (old != value) {
      repo.setVote(answerId, c.memberId(), old, value);
      repo.refresh(a);
    }
    return views.answer(a, guard.threadOf(a), c, value);
  }

  /** Marks the solution: the asker or a moderator; may be changed or (answerId null) withdrawn. */
  public ThreadDetail accept(long threadId, AcceptAnswer cmd) {
    Caller c = access.member();
    ThreadRecord t = guard.readable(c, threadId);
    if (!Access.canEdit(c, t.authorId())) {
      throw new Forbidden("Nur wer gefragt hat oder die Moderation kann eine Antwort als Lösung markieren.");
    }
    Long answerId = cmd == null ? null : cmd.answerId();
    Answer a = null;
    if (answerId != null) {
      a = repo.answer(answerId).filter(x -> x.threadId() == threadId && !x.hidden())
          .orElseThrow(() -> new NotFound("Diese Antwort gehört nicht zu der Frage."));
    }
    boolean changed = !java.util.Objects.equals(answerId, t.acceptedAnswerId());
    t.accept(answerId, clock.instant());
    repo.flush();
    search.record(DocType.THREAD, threadId);
    if (changed && a != null) {
      notifier.accepted(t, a, c.memberId());
    }
    return views.detail(t, c, watches.level(c.memberId(), threadId));
  }
}
