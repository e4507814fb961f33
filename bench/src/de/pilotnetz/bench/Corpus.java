package de.pilotnetz.bench;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Generates the benchmark corpus: German cases (every field of the exchange format) and threads
 * with one to four answers, deterministic by seed, so the server, raw Lucene and PostgreSQL all get
 * the same documents. Three in four items are cases. Vocabulary is per topic, with compounds,
 * abbreviations (OZG, ÖPNV, WLAN, KI) and real town names; it does not read like a human wrote it.
 */
public final class Corpus {

  record Kpi(String name, String unit, int baseline, int target, int actual) {}

  /** One item of the exchange format; {@code n} counts from 0 across cases and threads. */
  record Item(int n, boolean isCase, String title, String summary, String body,
      String municipality, String state, int population, String topic, String phase,
      List<String> tags, String lessonsGood, String lessonsBad, List<Kpi> kpis, String visibility,
      List<String> answers) {}

  static final String[] STATES = {"Baden-Württemberg", "Bayern", "Berlin", "Brandenburg", "Bremen",
      "Hamburg", "Hessen", "Mecklenburg-Vorpommern", "Niedersachsen", "Nordrhein-Westfalen",
      "Rheinland-Pfalz", "Saarland", "Sachsen", "Sachsen-Anhalt", "Schleswig-Holstein", "Thüringen"};
  static final String[] TOWNS = {"Wunsiedel:Bayern:9300", "Marktredwitz:Bayern:17000",
      "Bad Belzig:Brandenburg:11400", "Ulm:Baden-Württemberg:126000",
      "Herrenberg:Baden-Württemberg:31600", "Soest:Nordrhein-Westfalen:47700",
      "Arnsberg:Nordrhein-Westfalen:73400", "Lemgo:Nordrhein-Westfalen:41000",
      "Kaiserslautern:Rheinland-Pfalz:99800", "Eisenach:Thüringen:42400", "Jena:Thüringen:110700",
      "Görlitz:Sachsen:56300", "Zwönitz:Sachsen:11800", "Wernigerode:Sachsen-Anhalt:32200",
      "Haldensleben:Sachsen-Anhalt:19100", "Husum:Schleswig-Holstein:23500",
      "Norderstedt:Schleswig-Holstein:80700", "Greifswald:Mecklenburg-Vorpommern:59300",
      "Ludwigslust:Mecklenburg-Vorpommern:12200", "Lüneburg:Niedersachsen:77500",
      "Wolfsburg:Niedersachsen:125000", "Gifhorn:Niedersachsen:42800", "Darmstadt:Hessen:160000",
      "Fulda:Hessen:69000", "Bad Hersfeld:Hessen:29800", "St. Wendel:Saarland:25600",
      "Merzig:Saarland:29700", "Bremerhaven:Bremen:114000", "Hamburg-Bergedorf:Hamburg:130000",
      "Berlin-Lichtenberg:Berlin:300000", "Oberammergau:Bayern:5500", "Hof:Bayern:45900",
      "Freyung:Bayern:7100", "Bad Kissingen:Bayern:22700", "Schwäbisch Hall:Baden-Württemberg:41400",
      "Ludwigsburg:Baden-Württemberg:94000", "Cottbus:Brandenburg:98700", "Prenzlau:Brandenburg:18900"};
  static final String[] TOWN_HEADS = {"Ober", "Unter", "Nieder", "Hohen", "Neu", "Alt", "Bad ",
      "Klein", "Groß", "Mittel", "Wester", "Oster"};
  static final String[] TOWN_TAILS = {"bach", "hausen", "dorf", "feld", "stedt", "heim", "brück",
      "au", "berg", "rode", "münster", "ingen"};
  static final String[] TOWN_STEMS = {"Linden", "Buchen", "Wald", "Stein", "Rosen", "Eichen",
      "Mühl", "Kirch", "Sonnen", "Weiden", "Birken", "Tann"};
  static final String[] TOPICS = {"Digitale Verwaltung", "Breitband", "Mobilität", "Smart City",
      "Bildung", "Energie", "Gesundheit", "Bürgerbeteiligung"};
  static final String[] PHASES = {"Idee", "Pilot", "Rollout", "Abgeschlossen", "Abgebrochen"};

  /** Per topic: measures (title words), things (body nouns), tags, KPIs "name|unit". */
  static final String[][][] VOCAB = {
      {{"Bürgerportal", "E-Akte", "OZG-Umsetzung", "digitaler Bauantrag", "Online-Terminvergabe",
        "Einer-für-Alle-Dienst", "elektronische Rechnung", "Servicekonto"},
       {"Onlinezugangsgesetz", "Verwaltungsleistungen", "Antragsstrecken", "Fachverfahren",
        "Dokumentenmanagement", "Bürgerservice", "Formularserver", "Ratsinformationssystem", "OZG"},
       {"OZG", "E-Government", "Bürgerportal", "EfA", "Verwaltungsdigitalisierung"},
       {"Online-Anträge|%", "Bearbeitungszeit|Tage", "Nutzerzufriedenheit|%"}},
      {{"Glasfaserausbau", "Breitbandförderung", "FTTH-Anschlüsse", "Leerrohrmitverlegung",
        "Mobilfunklückenschluss", "Gigabitgutscheine", "Backbone-Ausbau", "Breitbandkoordination"},
       {"Glasfaser", "Tiefbau", "Trenching", "Ausbaugebiet", "Netzbetreiber", "Förderbescheid",
        "Hausanschlüsse", "Markterkundung", "weiße Flecken", "Gigabit"},
       {"Glasfaser", "FTTH", "Breitband", "Förderung", "Mobilfunk"},
       {"Anschlussquote|%", "Haushalte mit Gigabit|%", "Ausbaukilometer|km"}},
      {{"Ladesäulen", "On-Demand-Shuttle", "ÖPNV-App", "Carsharing", "Radschnellweg",
        "Parkraummanagement", "Bürgerbus", "Mobilitätsstation"},
       {"Ladeinfrastruktur", "Elektromobilität", "Rufbus", "Fahrgastzahlen", "Haltestellen",
        "Pendlerverkehr", "Parkplatzsensoren", "ÖPNV", "öffentlicher Personennahverkehr"},
       {"ÖPNV", "E-Mobilität", "Ladesäule", "Radverkehr", "Sharing"},
       {"Fahrgäste pro Tag|Anzahl", "Ladevorgänge|pro Monat", "Auslastung|%"}},
      {{"Sensornetz", "Smarte Straßenbeleuchtung", "Urbane Datenplattform", "LoRaWAN-Netz",
        "Digitaler Zwilling", "Freies WLAN", "Smarte Mülleimer", "Parksensorik"},
       {"Sensoren", "Datenplattform", "Straßenlaternen", "Stadtwerke", "LoRaWAN", "WLAN-Hotspots",
        "Open Data", "Dashboard", "Füllstandsmessung", "künstliche Intelligenz", "KI"},
       {"Smart City", "LoRaWAN", "WLAN", "Open Data", "KI"},
       {"Energieeinsparung|%", "Sensoren in Betrieb|Anzahl", "WLAN-Nutzer|pro Tag"}},
      {{"Tablet-Klassen", "Schul-WLAN", "Lernplattform", "Medienentwicklungsplan",
        "Digitalpakt-Umsetzung", "Schul-Cloud", "Medienzentrum", "Programmierkurse"},
       {"Schulträger", "Endgeräte", "Lehrkräfte", "Fortbildungen", "Schulen", "Digitalpakt",
        "Lernmanagementsystem", "Support", "Schülerinnen und Schüler"},
       {"Schule", "Digitalpakt", "Tablets", "WLAN", "Medienbildung"},
       {"Geräte pro Schüler|Anzahl", "Schulen am Glasfasernetz|%", "Fortbildungsquote|%"}},
      {{"Energiemonitoring", "Photovoltaik auf Dächern", "Kommunale Wärmeplanung", "Bürgerenergie",
        "Smart Meter", "LED-Umrüstung", "Nahwärmenetz", "Energiemanagement"},
       {"Wärmepumpen", "Photovoltaikanlagen", "Energieverbrauch", "Liegenschaften", "Stadtwerke",
        "Stromspeicher", "Klimaschutz", "CO2-Einsparung", "Wärmenetz"},
       {"Energie", "Photovoltaik", "Klimaschutz", "Wärmeplanung", "Smart Meter"},
       {"CO2-Einsparung|t/Jahr", "Eigenstromquote|%", "Energieverbrauch|MWh"}},
      {{"Telemedizin", "Gemeindeschwester digital", "Pflege-App", "Videosprechstunde",
        "Notfall-App", "Gesundheitskiosk", "Digitale Pflegeberatung", "Ärztehaus-Vernetzung"},
       {"Hausärzte", "Pflegedienste", "Videosprechstunden", "Patientinnen", "Gesundheitsamt",
        "Landarztquote", "Telemedizin", "Rettungsdienst", "Pflegekräfte"},
       {"Gesundheit", "Telemedizin", "Pflege", "Ärzte", "Ländlicher Raum"},
       {"Videosprechstunden|pro Monat", "Wartezeit|Tage", "Zufriedenheit|%"}},
      {{"Bürgerbeteiligungsplattform", "Bürgerhaushalt", "Mängelmelder", "Online-Dialog",
        "Jugendbeteiligung", "Digitale Ratssitzung", "Ideenwettbewerb", "Beteiligungs-App"},
       {"Bürgerinnen und Bürger", "Beteiligung", "Umfragen", "Vorschläge", "Stadtrat",
        "Mängelmeldungen", "Workshops", "Transparenz", "Bürgerbeteiligung"},
       {"Beteiligung", "Bürgerhaushalt", "Mängelmelder", "Transparenz", "Jugend"},
       {"Teilnehmende|Anzahl", "umgesetzte Vorschläge|Anzahl", "Rücklaufquote|%"}}};

  static final String[] GOOD = {"Früh die Stadtwerke einbinden hat Zeit gespart.",
      "Ein fester Ansprechpartner im Rathaus war entscheidend.",
      "Die Förderung deckte den Großteil der Kosten.",
      "Kurze Testphasen mit echten Nutzerinnen haben viele Fehler früh gezeigt.",
      "Die interkommunale Zusammenarbeit mit dem Landkreis hat sich bewährt.",
      "Offene Schnittstellen haben den Wechsel des Anbieters erleichtert."};
  static final String[] BAD = {"Die Ausschreibung dauerte länger als geplant.",
      "Der Tiefbau war teurer als kalkuliert.", "Die Akzeptanz bei älteren Menschen war gering.",
      "Der Datenschutz wurde zu spät geklärt.", "Fachkräfte fehlten in der IT-Abteilung.",
      "Der Anbieter lieferte die Schnittstelle nicht rechtzeitig."};
  static final String[] OPENERS = {"Die Stadt %s hat %s im Jahr %d gestartet.",
      "In %s wurde %s %d als Pilotprojekt begonnen.", "Die Gemeinde %1$s setzt seit %3$d auf %2$s."};
  static final String[] MIDDLES = {"Im Mittelpunkt standen %s und %s.",
      "Gemeinsam mit den Stadtwerken wurden %s und %s geplant.",
      "Wichtig waren die %s, außerdem die %s.", "Die Kosten für %s lagen unter dem Ansatz, %s waren aufwendiger.",
      "Über %s wurde im Stadtrat mehrfach beraten, ebenso über %s."};
  static final String[] QUESTIONS = {"Wie habt ihr %s organisiert?", "Erfahrungen mit %s in kleinen Gemeinden?",
      "Welche Förderung gibt es für %s?", "Wer hat %s schon mit dem Landkreis umgesetzt?",
      "Lohnt sich %s für unter 10.000 Einwohner?"};

  private Corpus() {}

  /** Writes {@code target/bench/corpus-<size>.json} unless it exists; prints its path. */
  public static void main(String[] args) throws IOException {
    Path file = file();
    if (!Files.exists(file)) {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.createDirectories(file.getParent());
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          JsonGenerator g = Json.createGenerator(w)) {
        g.writeStartArray();
        forEach(Bench.size(), Bench.seed(), it -> write(g, it));
        g.writeEnd();
      }
      Files.move(tmp, file);
    }
    System.out.println(file);
  }

  static Path file() {
    return Bench.work().resolve("corpus-" + Bench.size() + "-" + Bench.seed() + ".json");
  }

  /** Hands {@code count} items to {@code sink}, the same ones for the same seed. */
  static void forEach(int count, long seed, Consumer<Item> sink) {
    Random r = new Random(seed);
    for (int n = 0; n < count; n++) {
      sink.accept(r.nextInt(4) == 3 ? thread(n, r) : caseItem(n, r));
    }
  }

  private static Item caseItem(int n, Random r) {
    int t = r.nextInt(TOPICS.length);
    String[][] v = VOCAB[t];
    String[] town = town(r);
    String measure = pick(r, v[0]);
    String title = measure + " in " + town[0] + (r.nextBoolean() ? "" : ": " + pick(r, v[1]));
    int year = 2018 + r.nextInt(8);
    String summary = String.format(OPENERS[r.nextInt(OPENERS.length)], town[0], measure, year);
    StringBuilder body = new StringBuilder(summary);
    for (int i = 0, k = 3 + r.nextInt(5); i < k; i++) {
      body.append(' ').append(String.format(pick(r, MIDDLES), pick(r, v[1]), pick(r, v[1])));
    }
    body.append(" Projekt Nr. ").append(n).append('.');
    List<String> tags = new ArrayList<>();
    for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
      String tag = pick(r, v[2]);
      if (!tags.contains(tag)) {
        tags.add(tag);
      }
    }
    List<Kpi> kpis = new ArrayList<>();
    for (int i = 0, k = 1 + r.nextInt(2); i < k; i++) {
      String[] kpi = VOCAB[t][3][r.nextInt(3)].split("[|]");
      int base = r.nextInt(50);
      kpis.add(new Kpi(kpi[0], kpi[1], base, base + 10 + r.nextInt(60), base + r.nextInt(70)));
    }
    // PUBLIC and NETWORK only: the exchange format names no shared towns, so the import refuses RESTRICTED.
    int vis = r.nextInt(10);
    return new Item(n, true, title, summary, body.toString(), town[0], town[1],
        Integer.parseInt(town[2]), TOPICS[t], pick(r, PHASES), tags, pick(r, GOOD), pick(r, BAD),
        kpis, vis < 7 ? "PUBLIC" : "NETWORK", List.of());
  }

  private static Item thread(int n, Random r) {
    int t = r.nextInt(TOPICS.length);
    String thing = pick(r, VOCAB[t][0]);
    String title = String.format(pick(r, QUESTIONS), thing);
    String[] town = town(r);
    String body = "Wir in " + town[0] + " planen " + thing + " und suchen Erfahrungen zu "
        + pick(r, VOCAB[t][1]) + " und " + pick(r, VOCAB[t][1]) + ". Frage Nr. " + n + ".";
    List<String> answers = new ArrayList<>();
    for (int i = 0, k = 1 + r.nextInt(4); i < k; i++) {
      String[] other = town(r);
      answers.add("In " + other[0] + " haben wir " + pick(r, VOCAB[t][1]) + " so gelöst: "
          + pick(r, GOOD) + " Aber: " + pick(r, BAD));
    }
    return new Item(n, false, title, null, body, town[0], town[1], Integer.parseInt(town[2]),
        TOPICS[t], null, List.of(pick(r, VOCAB[t][2])), null, null, List.of(), "PUBLIC", answers);
  }

  /** A real town most of the time, else an invented one like "Oberlindenbach". */
  private static String[] town(Random r) {
    if (r.nextInt(3) > 0) {
      return pick(r, TOWNS).split(":");
    }
    String name = pick(r, TOWN_HEADS) + pick(r, TOWN_STEMS).toLowerCase() + pick(r, TOWN_TAILS);
    name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return new String[] {name, pick(r, STATES), Integer.toString(800 + r.nextInt(40_000))};
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static void write(JsonGenerator g, Item it) {
    g.writeStartObject().write("type", it.isCase() ? "case" : "thread").write("title", it.title());
    if (it.isCase()) {
      g.write("summary", it.summary());
    }
    g.write("body", it.body());
    if (it.isCase()) {
      g.write("municipality", it.municipality()).write("state", it.state())
          .write("population", it.population());
    }
    g.write("topic", it.topic());
    if (it.isCase()) {
      g.write("phase", it.phase());
    }
    g.writeStartArray("tags");
    it.tags().forEach(g::write);
    g.writeEnd();
    if (it.isCase()) {
      g.write("lessonsGood", it.lessonsGood()).write("lessonsBad", it.lessonsBad());
      g.writeStartArray("kpis");
      for (Kpi k : it.kpis()) {
        g.writeStartObject().write("name", k.name()).write("unit", k.unit())
            .write("baseline", k.baseline()).write("target", k.target()).write("actual", k.actual())
            .writeEnd();
      }
      g.writeEnd().write("visibility", it.visibility());
    } else {
      g.writeStartArray("answers");
      it.answers().forEach(g::write);
      g.writeEnd();
    }
    g.writeEnd();
  }
}
