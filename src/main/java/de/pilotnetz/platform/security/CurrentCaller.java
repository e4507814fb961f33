package de.pilotnetz.platform.security;

import jakarta.enterprise.context.RequestScoped;

/** Holds the caller of the current request; set once by the authentication filter. */
@RequestScoped
public class CurrentCaller {
  private Caller caller = Caller.anonymous();

  public Caller get() {
    return caller;
  }

  public void set(Caller caller) {
    this.caller = caller == null ? Caller.anonymous() : caller;
  }
}
