package de.pilotnetz.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** After commit: hands stored events to the bus and announces mentions. Rolled-back work sends nothing. */
@ApplicationScoped
class ChatBroadcaster {
  @Inject RoomBus bus;
  @Inject Event<ChatMentioned> mentioned;

  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChatEventStored e) {
    bus.publish(e.event().room(), e.event().seq(), e.event().frame());
    for (long memberId : e.mentioned()) {
      mentioned.fire(new ChatMentioned(e.event().room(), e.event().message().id(), memberId));
    }
  }
}
