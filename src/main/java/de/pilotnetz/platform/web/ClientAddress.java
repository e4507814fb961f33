package de.pilotnetz.platform.web;

import jakarta.enterprise.context.RequestScoped;

/** The client's IP address of the current request (null outside a request). */
@RequestScoped
public class ClientAddress {
  private String address;

  public String get() {
    return address;
  }

  public void set(String address) {
    this.address = address;
  }
}
