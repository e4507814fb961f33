package de.pilotnetz.chat;

import de.pilotnetz.search.DocType;
import de.pilotnetz.search.RoomMembership;
import de.pilotnetz.search.SearchDocument;
import de.pilotnetz.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Chat messages for search, each tagged with its room; readers are the members of public and joined rooms. */
@ApplicationScoped
@Transactional
public class ChatSearchSource implements SearchDocumentSource, RoomMembership {
  @Inject ChatRepository repo;

  @Override
  public DocType type() {
    return DocType.CHAT;
  }

  @Override
  public Optional<SearchDocument> load(long id) {
    return repo.view(id).filter(v -> !v.deleted()).map(this::document);
  }

  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    long after = 0;
    while (true) {
      List<Long> ids = repo.messageIds(after, 300);
      for (long id : ids) {
        load(id).ifPresent(sink);
      }
      if (ids.size() < 300) {
        return;
      }
      after = ids.get(ids.size() - 1);
    }
  }

  @Override
  public Set<Long> roomsOf(long memberId) {
    return repo.readableRooms(memberId);
  }

  private SearchDocument document(MessageView v) {
    String room = repo.room(v.room()).map(r -> r.name).orElse("Chat");
    return new SearchDocument(DocType.CHAT, v.id(), room, null, v.text(), null, null, List.of(), null,
        null, null, null, null, null, "NETWORK", Set.of(), v.room(), v.authorName(), v.createdAt(),
        "#/chat/" + v.room());
  }
}
