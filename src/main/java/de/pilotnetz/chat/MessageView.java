package de.pilotnetz.chat;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** A message as clients see it; a deleted one has empty text and {@code deleted} true. */
public record MessageView(long id, long room, long seq, long authorId, String authorName,
    String text, Instant createdAt, Instant editedAt, boolean deleted) {

  JsonObject toJson() {
    JsonObjectBuilder b = Frames.JSON.createObjectBuilder().add("id", id).add("room", room).add("seq", seq)
        .add("authorId", authorId).add("authorName", authorName == null ? "" : authorName)
        .add("text", text).add("createdAt", createdAt.toString()).add("deleted", deleted);
    if (editedAt != null) {
      b.add("editedAt", editedAt.toString());
    }
    return b.build();
  }
}
