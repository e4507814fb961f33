package de.pilotnetz.municipality;

/** A municipality as the API shows it. */
public record MunicipalityView(long id, String name, String ags, String state, String stateCode,
    int population, String populationBand, String website, String logoUrl) {

  static MunicipalityView of(Municipality m) {
    return new MunicipalityView(m.id(), m.name(), m.ags(), m.state().label(), m.state().code(),
        m.population(), m.band().name(), m.website(), m.logoUrl());
  }
}
