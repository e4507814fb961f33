package de.pilotnetz.chat;

import jakarta.json.Json;

/** One numbered event of a room: a message, an edit or a delete, with the message as it is now. */
record ChatEventRow(long room, long seq, String kind, MessageView message) {

  String frame() {
    return Json.createObjectBuilder().add("op", "event").add("room", room).add("seq", seq)
        .add("kind", kind).add("message", message.toJson()).build().toString();
  }
}
