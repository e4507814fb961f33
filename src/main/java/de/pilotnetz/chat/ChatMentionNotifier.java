package de.pilotnetz.chat;

import de.pilotnetz.notify.Notice;
import de.pilotnetz.notify.NotificationService;
import de.pilotnetz.platform.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Turns a {@link ChatMentioned} (fired after the message committed, only for room members other
 * than the author) into a notification linking to the room. Messages of private rooms and direct
 * messages stay out of e-mail (the mail carries the link only), as RESTRICTED threads do.
 */
@ApplicationScoped
class ChatMentionNotifier {
  static final String TYPE = "CHAT_MENTION";

  @Inject ChatRepository repo;
  @Inject NotificationService notifications;

  // after commit there is no usable transaction: the notification gets its own
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  void onMentioned(@Observes ChatMentioned e) {
    ChatRoom room = repo.room(e.roomId()).orElse(null);
    MessageView m = repo.view(e.messageId()).orElse(null);
    if (room == null || m == null || m.deleted()) {
      return;
    }
    String who = m.authorName() == null ? "" : m.authorName();
    notifications.notify(new Notice(e.memberId(), TYPE, who + " hat Sie im Chat erwähnt: " + room.name,
        who + " mentioned you in chat: " + room.name, Markdown.excerpt(m.text(), 280),
        "#/chat/" + room.id, room.isPublic()));
  }
}
