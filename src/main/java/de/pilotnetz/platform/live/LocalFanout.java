package de.pilotnetz.platform.live;

/** Single-node delivery: straight to this node's hub. */
final class LocalFanout implements Fanout {
  private final LiveHub hub;

  LocalFanout(LiveHub hub) {
    this.hub = hub;
  }

  @Override
  public void toMember(long memberId, String frame) {
    hub.toMember(memberId, frame);
  }
}
