package de.pilotnetz.chat;


/** One numbered event of a room: a message, an edit or a delete, with the message as it is now. */
record ChatEventRow(long room, long seq, String kind, MessageView message) {

  String frame() {
    return Frames.JSON.createObjectBuilder().add("op", "event").add("room", room).add("seq", seq)
        .add("kind", kind).add("message", message.toJson()).build().toString();
  }
}
