package de.pilotnetz.chat;


/** The answer to a send, after commit; a resend of the same clientMsgId gets the same ack. */
record Ack(String clientMsgId, long room, long seq, long id) {
  String frame() {
    return Frames.JSON.createObjectBuilder().add("op", "ack").add("clientMsgId", clientMsgId).add("room", room)
        .add("seq", seq).add("id", id).build().toString();
  }
}
