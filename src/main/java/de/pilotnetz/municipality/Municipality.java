package de.pilotnetz.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A town, city or district in the network, identified by its official AGS key. Members of its
 * administration (mayor, staff) belong to it, and its cases are published under its name.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

  @Id
  @SequenceGenerator(name = "municipality_seq", sequenceName = "municipality_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "municipality_seq")
  private Long id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, length = 8)
  private String ags;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int population;

  private String website;

  @Column(name = "logo_url")
  private String logoUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected Municipality() {}

  public Municipality(String name, String ags, State state, int population, String website,
      Instant now) {
    this.name = name;
    this.ags = ags;
    this.state = state;
    this.population = population;
    this.website = website;
    this.createdAt = now;
  }

  public void update(String name, int population, String website, String logoUrl) {
    this.name = name;
    this.population = population;
    this.website = website;
    this.logoUrl = logoUrl;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String ags() {
    return ags;
  }

  public State state() {
    return state;
  }

  public int population() {
    return population;
  }

  public String website() {
    return website;
  }

  public String logoUrl() {
    return logoUrl;
  }

  public long version() {
    return version;
  }

  /** Size class used to compare towns: under 5k, 5–20k, 20–100k, over 100k. */
  public PopulationBand band() {
    return PopulationBand.of(population);
  }
}
