package de.pilotnetz.platform.security;

/** Who may read a piece of content. */
public enum Visibility {
  /** Everyone, also without login. */
  PUBLIC,
  /** All members of the network. */
  NETWORK,
  /** The author's municipality plus the municipalities named on the item. */
  RESTRICTED
}
