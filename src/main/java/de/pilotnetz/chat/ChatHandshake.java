package de.pilotnetz.chat;

import de.pilotnetz.member.AuthenticationFilter;
import de.pilotnetz.platform.config.Settings;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Authenticates the WebSocket handshake: a single-use ticket ({@code ?ticket=}) or the session
 * cookie. With the cookie the {@code Origin} must be this site (the configured base URL or the
 * requested host), since a browser sends the cookie along from any page (cross-site WebSocket
 * hijacking). The outcome goes into the connection's user properties (per connection since
 * WebSocket 2.1); {@link ChatEndpoint} closes unauthenticated connections with a policy reason.
 */
public class ChatHandshake extends ServerEndpointConfig.Configurator {
  static final String CALLER = "pilotnetz.caller";
  static final String DENIED = "pilotnetz.denied";

  @Override
  public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest req, HandshakeResponse res) {
    Map<String, Object> props = sec.getUserProperties();
    props.remove(CALLER);
    props.remove(DENIED);
    ChatService chat = CDI.current().select(ChatService.class).get();
    Optional<Caller> caller;
    String ticket = first(req.getParameterMap().get("ticket"));
    if (ticket != null) {
      caller = chat.redeem(ticket);
    } else {
      String cookie = cookie(req.getHeaders().get("Cookie"), AuthenticationFilter.SESSION_COOKIE);
      if (cookie != null && !sameOrigin(first(header(req, "Origin")), first(header(req, "Host")))) {
        props.put(DENIED, "Fremde Herkunft (Origin) abgelehnt");
        return;
      }
      caller = cookie == null ? Optional.empty() : chat.session(cookie);
    }
    if (caller.isPresent()) {
      props.put(CALLER, caller.get());
    } else {
      props.put(DENIED, "Nicht angemeldet");
    }
  }

  boolean sameOrigin(String origin, String host) {
    if (origin == null) {
      return false;
    }
    try {
      URI o = URI.create(origin);
      String base = CDI.current().select(Settings.class).get().baseUrl();
      if (origin.equalsIgnoreCase(base)) {
        return true;
      }
      String hostPort = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      return host != null && hostPort.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static List<String> header(HandshakeRequest req, String name) {
    for (Map.Entry<String, List<String>> e : req.getHeaders().entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  static String cookie(List<String> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (String h : headers) {
      for (String part : h.split(";")) {
        String p = part.trim();
        if (p.startsWith(name + "=")) {
          return p.substring(name.length() + 1);
        }
      }
    }
    return null;
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
