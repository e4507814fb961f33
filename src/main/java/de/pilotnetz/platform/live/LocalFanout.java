package de.pilotnetz.platform.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Single-node delivery: straight to this node's hub. */
@ApplicationScoped
public class LocalFanout implements Fanout {
  @Inject LiveHub hub;

  @Override
  public void toMember(long memberId, String frame) {
    hub.toMember(memberId, frame);
  }
}
