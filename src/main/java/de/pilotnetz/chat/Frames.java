package de.pilotnetz.chat;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider for frames, looked up once: each {@code Json.create…} call looks the provider
 * up again, which on Payara searches the OSGi service registry (visible in profiles of the chat
 * load check).
 */
final class Frames {
  static final JsonProvider JSON = JsonProvider.provider();

  private Frames() {}
}
