package de.pilotnetz.chat;

import de.pilotnetz.member.PersonalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The member's own chat messages for the data export. Other members' messages are theirs and stay
 * out; deleted messages keep no text and are left out too.
 */
@ApplicationScoped
class ChatPersonalData implements PersonalDataSource {
  @Inject ChatRepository repo;

  @Override
  public String exportKey() {
    return "chatMessages";
  }

  @Override
  public List<ChatMessageExport> export(long memberId) {
    return repo.ownMessages(memberId);
  }
}
