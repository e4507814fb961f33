package de.pilotnetz.notify;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A notification as the bell and the list show it. */
@JsonbNillable
public record NotificationView(long id, String type, String title, String excerpt, String link,
    Instant createdAt, boolean read) {
  static NotificationView of(Notification n) {
    return new NotificationView(n.id(), n.type(), n.title(), n.excerpt(), n.link(), n.createdAt(),
        n.readAt() != null);
  }
}
