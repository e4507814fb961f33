package de.pilotnetz.chat;

import jakarta.json.Json;

/** The answer to a send, after commit; a resend of the same clientMsgId gets the same ack. */
record Ack(String clientMsgId, long room, long seq, long id) {
  String frame() {
    return Json.createObjectBuilder().add("op", "ack").add("clientMsgId", clientMsgId).add("room", room)
        .add("seq", seq).add("id", id).build().toString();
  }
}
