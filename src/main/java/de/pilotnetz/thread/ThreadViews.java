package de.pilotnetz.thread;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.member.MemberView;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import de.pilotnetz.platform.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns entities into views; entities never leave the services. */
@ApplicationScoped
class ThreadViews {
  @Inject MemberService members;
  @Inject ThreadRepository repo;

  AuthorView author(long id) {
    return members.author(id).map(ThreadViews::author)
        .orElse(new AuthorView(id, "Ehemaliges Mitglied", null, null));
  }

  private static AuthorView author(MemberView m) {
    return new AuthorView(m.id(), m.erased() ? "Ehemaliges Mitglied" : m.displayName(), m.affiliation(),
        m.municipality() == null ? null : m.municipality().name());
  }

  ThreadSummary summary(ThreadRecord t) {
    return new ThreadSummary(t.id(), t.title(), t.topic(), List.copyOf(t.tags()), t.visibility(),
        author(t.authorId()), t.createdAt(), t.answerCount(), t.solved(), t.locked(), t.hidden());
  }

  ThreadDetail detail(ThreadRecord t, Caller c, WatchLevel watchLevel) {
    boolean moderator = Access.canModerate(c);
    Map<Long, Integer> votes = c.isMember() ? repo.myVotes(t.id(), c.memberId()) : Map.of();
    List<AnswerView> answers = new ArrayList<>();
    for (Answer a : repo.answers(t.id())) {
      if (!a.hidden() || Access.canSeeHidden(c)) {
        answers.add(answer(a, t, c, votes.getOrDefault(a.id(), 0)));
      }
    }
    answers.sort(Comparator.comparing((AnswerView a) -> !a.accepted())
        .thenComparing(Comparator.comparingInt(AnswerView::score).reversed())
        .thenComparing(AnswerView::createdAt).thenComparing(AnswerView::id));
    return new ThreadDetail(t.id(), t.title(), t.body(), Markdown.toHtml(t.body()), t.topic(),
        List.copyOf(t.tags()), t.visibility(), List.copyOf(t.sharedWith()), t.caseId(),
        author(t.authorId()), t.createdAt(), t.updatedAt(), t.answerCount(), t.solved(),
        t.acceptedAnswerId(), t.locked(), t.hidden(), t.version(), Access.canEdit(c, t.authorId()),
        Access.canEdit(c, t.authorId()), moderator, watchLevel, answers);
  }

  AnswerView answer(Answer a, ThreadRecord t, Caller c, int myVote) {
    boolean own = c.isMember() && c.memberId() == a.authorId();
    return new AnswerView(a.id(), a.threadId(), author(a.authorId()), a.body(), Markdown.toHtml(a.body()),
        a.score(), myVote, a.id().equals(t.acceptedAnswerId()), a.hidden(), a.revision(), a.createdAt(),
        a.updatedAt(), a.version(), own, c.isMember() && !own);
  }
}
