package de.pilotnetz.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgsTest {

  @ParameterizedTest
  @ValueSource(strings = {"09461000", "01003000", "16053000", "11000000"})
  void acceptsEightDigitsWithAValidStateCode(String ags) {
    assertTrue(Ags.problem(ags, null).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0946100", "094610001", "17000000", "00123456", "0946100a", ""})
  void refusesWrongLengthDigitsOrStateCode(String ags) {
    assertTrue(Ags.problem(ags, null).isPresent(), ags);
  }

  @Test
  void refusesAKeyOfAnotherState() {
    String msg = Ags.problem("09461000", State.HESSEN).orElseThrow();
    assertTrue(msg.contains("Bayern"), msg);
  }

  @Test
  void statesParseByGermanNameOrConstant() {
    assertEquals(State.BADEN_WUERTTEMBERG, State.parse("Baden-Württemberg").orElseThrow());
    assertEquals(State.THUERINGEN, State.parse("thueringen").orElseThrow());
    assertTrue(State.parse("Atlantis").isEmpty());
    assertEquals(State.SACHSEN_ANHALT, State.ofCode("15").orElseThrow());
  }

  @Test
  void populationBandsHaveTheirLimits() {
    assertEquals(PopulationBand.UNDER_5K, PopulationBand.of(4_999));
    assertEquals(PopulationBand.FROM_5K_TO_20K, PopulationBand.of(5_000));
    assertEquals(PopulationBand.FROM_20K_TO_100K, PopulationBand.of(99_999));
    assertEquals(PopulationBand.OVER_100K, PopulationBand.of(100_000));
  }
}
