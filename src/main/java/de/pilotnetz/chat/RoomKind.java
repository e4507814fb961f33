package de.pilotnetz.chat;

/** PUBLIC: any member may read and join. PRIVATE: members by invitation. DIRECT: 1:1 or up to 10. */
public enum RoomKind {
  PUBLIC,
  PRIVATE,
  DIRECT;

  static final int DIRECT_MAX_MEMBERS = 10;
}
