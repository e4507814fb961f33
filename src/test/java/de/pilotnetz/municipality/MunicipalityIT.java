package de.pilotnetz.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MunicipalityIT {

  @ArquillianResource URL base;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(base);
  }

  @Test
  void demoNetworkCoversAllSixteenStates() {
    Res r = api.get("api/municipalities");
    assertEquals(200, r.status(), r::toString);
    long states = r.arr().stream().map(v -> v.asJsonObject().getString("stateCode")).distinct().count();
    assertEquals(16, states, r::toString);
  }

  @Test
  void filtersByStateAndName() {
    Res r = api.get("api/municipalities?state=Bayern&q=bamb");
    assertEquals(200, r.status(), r::toString);
    assertEquals(1, r.arr().size(), r::toString);
    JsonObject bamberg = r.arr().getJsonObject(0);
    assertEquals("09461000", bamberg.getString("ags"));
    assertEquals("FROM_20K_TO_100K", bamberg.getString("populationBand"));
    Res one = api.get("api/municipalities/" + bamberg.getJsonNumber("id").longValue());
    assertEquals("Bamberg", one.obj().getString("name"));
  }

  @Test
  void unknownStateIs400NamingTheField() {
    Res r = api.get("api/municipalities?state=Atlantis");
    assertEquals(400, r.status(), r::toString);
    assertEquals("state", r.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void unknownMunicipalityIs404() {
    assertEquals(404, api.get("api/municipalities/987654321").status());
  }
}
