package de.pilotnetz.notify;

import de.pilotnetz.platform.live.Fanout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Pushes each committed notification to the member's open tabs: {@code {"op":"notification",…}}. */
@ApplicationScoped
class LiveDelivery {
  @Inject Fanout fanout;

  void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated e) {
    fanout.toMember(e.memberId(), frame(e.view(), e.unread()));
  }

  static String frame(NotificationView v, long unread) {
    JsonObjectBuilder b = Json.createObjectBuilder().add("op", "notification").add("id", v.id())
        .add("type", v.type()).add("title", v.title()).add("link", v.link())
        .add("createdAt", v.createdAt().toString()).add("unread", unread);
    if (v.excerpt() != null) {
      b.add("excerpt", v.excerpt());
    }
    return b.build().toString();
  }

  static String countFrame(long unread) {
    return Json.createObjectBuilder().add("op", "unread").add("unread", unread).build().toString();
  }
}
