package de.pilotnetz.caselib;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation that worked on the pilot; vendors are flagged so readers can weigh praise. */
@Embeddable
public class Partner {
  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private boolean vendor;

  protected Partner() {}

  public Partner(String name, boolean vendor) {
    this.name = name;
    this.vendor = vendor;
  }

  public String name() {
    return name;
  }

  public boolean vendor() {
    return vendor;
  }
}
