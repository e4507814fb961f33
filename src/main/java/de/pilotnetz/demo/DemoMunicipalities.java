package de.pilotnetz.demo;

import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.RegisterMunicipality;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Towns of the demo network: every state, from a village of 2,000 to a city of 600,000. */
@ApplicationScoped
class DemoMunicipalities {

  static final List<RegisterMunicipality> TOWNS = List.of(
      town("Wunsiedel", "09479169", "Bayern", 9_200, "https://www.wunsiedel.de"),
      town("Bamberg", "09461000", "Bayern", 79_000, "https://www.stadt.bamberg.de"),
      town("Ulm", "08421000", "Baden-Württemberg", 128_000, "https://www.ulm.de"),
      town("Herrenberg", "08115021", "Baden-Württemberg", 32_000, "https://www.herrenberg.de"),
      town("Arnsberg", "05958004", "Nordrhein-Westfalen", 73_000, "https://www.arnsberg.de"),
      town("Emsdetten", "05566012", "Nordrhein-Westfalen", 36_000, "https://www.emsdetten.de"),
      town("Wolfsburg", "03103000", "Niedersachsen", 125_000, "https://www.wolfsburg.de"),
      town("Hemmoor", "03352025", "Niedersachsen", 9_000, "https://www.hemmoor.de"),
      town("Darmstadt", "06411000", "Hessen", 162_000, "https://www.darmstadt.de"),
      town("Kaiserslautern", "07312000", "Rheinland-Pfalz", 101_000, "https://www.kaiserslautern.de"),
      town("Eisenberg (Pfalz)", "07333017", "Rheinland-Pfalz", 9_400, null),
      town("Saarlouis", "10044115", "Saarland", 34_000, "https://www.saarlouis.de"),
      town("Lübeck", "01003000", "Schleswig-Holstein", 218_000, "https://www.luebeck.de"),
      town("Büsum", "01051011", "Schleswig-Holstein", 4_900, null),
      town("Hamburg", "02000000", "Hamburg", 1_900_000, "https://www.hamburg.de"),
      town("Bremerhaven", "04012000", "Bremen", 115_000, "https://www.bremerhaven.de"),
      town("Berlin", "11000000", "Berlin", 3_700_000, "https://www.berlin.de"),
      town("Eberswalde", "12060052", "Brandenburg", 41_000, "https://www.eberswalde.de"),
      town("Wiesenburg/Mark", "12069696", "Brandenburg", 4_300, null),
      town("Schwerin", "13004000", "Mecklenburg-Vorpommern", 96_000, "https://www.schwerin.de"),
      town("Görlitz", "14626110", "Sachsen", 56_000, "https://www.goerlitz.de"),
      town("Halle (Saale)", "15002000", "Sachsen-Anhalt", 238_000, "https://www.halle.de"),
      town("Jena", "16053000", "Thüringen", 110_000, "https://www.jena.de"),
      town("Bad Berka", "16071003", "Thüringen", 7_800, null));

  @Inject MunicipalityService municipalities;

  private static RegisterMunicipality town(String name, String ags, String state, int population,
      String website) {
    return new RegisterMunicipality(name, ags, state, population, website);
  }

  @Transactional
  void load() {
    TOWNS.forEach(municipalities::registerUnchecked);
  }
}
