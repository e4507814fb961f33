package de.pilotnetz.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The client's IP address of the current request (null outside a request). Behind a reverse
 * proxy listed in {@code PILOTNETZ_TRUSTED_PROXIES}, the address the proxy saw is taken from the
 * last entry of {@code X-Forwarded-For}; from anyone else that header is ignored, since it can be
 * forged.
 */
@RequestScoped
public class ClientAddress {
  private String address;

  public String get() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }

  public static String resolve(HttpServletRequest request, Set<String> trustedProxies) {
    if (request == null) {
      return null;
    }
    String remote = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(remote)) {
      return remote;
    }
    String[] hops = forwarded.split(",");
    String last = hops[hops.length - 1].trim();
    return last.isEmpty() || last.length() > 64 ? remote : last;
  }
}
