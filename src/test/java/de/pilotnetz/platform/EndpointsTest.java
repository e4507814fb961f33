package de.pilotnetz.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EndpointsTest {

  @Test
  void normalisesTemplatesAndSlashes() {
    assertEquals("/cases/{id}", Endpoints.normalise("cases", "{id: \\d+}"));
    assertEquals("/cases", Endpoints.normalise("/cases/", ""));
  }

  @Test
  void findsTheMunicipalityResource() {
    assertTrue(Endpoints.all().contains(new Endpoints.Endpoint("GET", "/municipalities/{id}")));
  }
}
