package de.pilotnetz.demo;

import de.pilotnetz.caselib.AdoptionService;
import de.pilotnetz.caselib.CaseService;
import de.pilotnetz.caselib.KpiInput;
import de.pilotnetz.caselib.PartnerInput;
import de.pilotnetz.caselib.SaveCase;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sixteen pilot projects of the demo towns, across all eight topics and ten states, with KPIs,
 * lessons that include failures, partners (vendors flagged), all three visibility tiers, one draft,
 * one stale pilot, and two adoptions. Figures are invented but plausible.
 */
@ApplicationScoped
class DemoCases {
  private static final String ADMIN = "admin@demo.pilotnetz.example";
  private static final String HOFMANN = "buergermeisterin@demo.pilotnetz.example";
  private static final String BRANDL = "verwaltung@demo.pilotnetz.example";

  @Inject CaseService cases;
  @Inject AdoptionService adoptions;
  @Inject MunicipalityService municipalities;

  private record Demo(String town, String author, String contact, boolean published, SaveCase c) {}

  private static KpiInput kpi(String name, String unit, double base, double target, Double actual, String at) {
    return new KpiInput(name, unit, BigDecimal.valueOf(base), BigDecimal.valueOf(target),
        actual == null ? null : BigDecimal.valueOf(actual), at == null ? null : LocalDate.parse(at));
  }

  private static PartnerInput org(String name) {
    return new PartnerInput(name, false);
  }

  private static PartnerInput vendor(String name) {
    return new PartnerInput(name, true);
  }

  private static SaveCase c(String title, String summary, String body, String topic, String phase,
      String start, String end, Integer budget, String programme, Integer rate, List<PartnerInput> partners,
      List<String> tags, String good, String bad, List<KpiInput> kpis, String visibility) {
    return new SaveCase(title, summary, body, topic, phase, start == null ? null : LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end), budget == null ? null : BigDecimal.valueOf(budget),
        programme, rate == null ? null : BigDecimal.valueOf(rate), partners, null, tags, good, bad, kpis,
        visibility, List.of(), null);
  }

  private static List<Demo> all() {
    return List.of(
        new Demo("Wunsiedel", HOFMANN, HOFMANN, true, c("Glasfaser für alle Ortsteile durch Leerrohr-Mitverlegung",
            "Bei jeder Straßenbaustelle verlegt die Stadt Leerrohre mit; nach vier Jahren sind 48 % der Haushalte angeschlossen.",
            "## Ausgangslage\nViele Ortsteile hatten unter 16 Mbit/s. Ein eigenwirtschaftlicher Ausbau war nicht in Sicht.\n\n## Vorgehen\n1. Leerrohrkataster angelegt\n2. Mitverlegung bei **jeder** Tiefbaumaßnahme\n3. Betreibermodell ausgeschrieben\n\nMehr im [Gigabit-Förderprogramm](https://www.bmdv.bund.de).",
            "Breitband", "Rollout", "2022-03-01", null, 2_400_000, "Bayerische Gigabitrichtlinie", 80,
            List.of(org("Landkreis Wunsiedel i. Fichtelgebirge"), vendor("Fiberlink Kommunal GmbH")),
            List.of("Glasfaser", "Leerrohr", "FTTH"),
            "- Mitverlegung senkt die Tiefbaukosten um etwa ein Drittel\n- Frühzeitige Information der Anlieger",
            "- Das Leerrohrkataster war anfangs unvollständig\n- Ein Bauabschnitt musste wieder geöffnet werden",
            List.of(kpi("Anschlussquote", "%", 12, 60, 48.0, "2026-09-30"), kpi("Kosten je Anschluss", "EUR", 3200, 2200, 2450.0, "2026-09-30")),
            "PUBLIC")),
        new Demo("Wunsiedel", BRANDL, BRANDL, true, c("Digitaler Bauantrag mit Online-Sprechstunde",
            "Bauanträge gehen nur noch digital ein; eine wöchentliche Videosprechstunde ersetzt viele Vor-Ort-Termine.",
            "Der digitale Bauantrag nach OZG wurde mit einer **Videosprechstunde** kombiniert. Architekturbüros laden Unterlagen hoch, Rückfragen klären wir per Video.",
            "Digitale Verwaltung", "Pilot", "2025-01-15", null, 85_000, null, null,
            List.of(org("Landratsamt Wunsiedel"), vendor("Kommunix Software AG")),
            List.of("OZG", "Bauantrag", "Videosprechstunde"),
            "Durchlaufzeit deutlich kürzer; Architekten nutzen die Sprechstunde gern.",
            "Ältere Antragsteller brauchten Papier-Hilfe; die Schnittstelle zum Fachverfahren fiel zweimal aus.",
            List.of(kpi("Durchlaufzeit Bauantrag", "Tage", 94, 45, 61.0, "2025-02-28")), "NETWORK")),
        new Demo("Wunsiedel", HOFMANN, HOFMANN, false, c("Bürgerenergie-Genossenschaft für das Freibad-Dach",
            "Entwurf: Solaranlage auf dem Freibad, finanziert von Bürgerinnen und Bürgern.",
            "Erste Gespräche mit der Energiegenossenschaft laufen. Noch nicht veröffentlichen.",
            "Energie", "Idee", null, null, null, null, null, List.of(org("Energiegenossenschaft Fichtelgebirge eG")),
            List.of("Photovoltaik", "Genossenschaft"), null, null, List.of(), "NETWORK")),
        new Demo("Herrenberg", "m.keller@demo.pilotnetz.example", "m.keller@demo.pilotnetz.example", true,
            c("On-Demand-Shuttle im Abendverkehr",
                "Ein Rufbus ersetzt leere Linienbusse nach 20 Uhr; Buchung per App und Telefon.",
                "Nach 20 Uhr fuhren Linienbusse fast leer. Seit dem Pilot fahren **drei Kleinbusse** auf Bestellung im ganzen Stadtgebiet.",
                "Mobilität", "Pilot", "2024-09-01", "2026-08-31", 640_000, "Modellprojekte ÖPNV", 60,
                List.of(org("Verkehrsverbund Stuttgart"), vendor("RideFlex GmbH")), List.of("On-Demand", "ÖPNV", "Rufbus"),
                "Telefonbuchung war entscheidend für Ältere.", "Die App hatte im ersten Monat lange Wartezeiten angezeigt, die nicht stimmten.",
                List.of(kpi("Fahrgäste pro Abend", "Personen", 35, 120, 104.0, "2026-10-15"), kpi("Kosten je Fahrgast", "EUR", 14.2, 8, 9.1, "2026-10-15")),
                "PUBLIC")),
        new Demo("Herrenberg", "m.keller@demo.pilotnetz.example", null, true,
            c("Sensorgestützte Parkraumbewirtschaftung",
                "Bodensensoren zeigen freie Parkplätze in der Altstadt; der Parksuchverkehr sank messbar.",
                "120 Bodensensoren melden Belegung an eine offene Datenplattform. Anzeige in der Stadt-App und an zwei Tafeln.",
                "Smart City", "Abgeschlossen", "2022-04-01", "2024-03-31", 310_000, null, null,
                List.of(vendor("ParkSense Systems GmbH"), org("Hochschule für Technik Stuttgart")), List.of("Sensorik", "Parken", "Open Data"),
                "Offene Schnittstelle erlaubte eine zweite App ohne Mehrkosten.", "Batterien der Sensoren hielten nur halb so lange wie versprochen.",
                List.of(kpi("Parksuchverkehr", "Fahrzeuge/h", 410, 300, 320.0, "2024-03-15")), "NETWORK")),
        new Demo("Emsdetten", "s.yilmaz@demo.pilotnetz.example", "s.yilmaz@demo.pilotnetz.example", true,
            c("Tablet-Ausleihe und Medienscouts an Grundschulen",
                "Alle Grundschulen leihen Tablets klassenweise aus; ältere Schülerinnen helfen als Medienscouts.",
                "Statt 1:1-Ausstattung nutzen die fünf Grundschulen **Tablet-Koffer**. Medienscouts aus Klasse 4 helfen Jüngeren.",
                "Bildung", "Rollout", "2023-08-01", null, 420_000, "DigitalPakt Schule", 90,
                List.of(org("Medienzentrum Kreis Steinfurt"), vendor("EduDevice Leasing GmbH")), List.of("DigitalPakt", "Tablets", "Medienkompetenz"),
                "Medienscouts entlasten Lehrkräfte spürbar.", "Das WLAN in zwei Altbauten reichte nicht für ganze Klassen.",
                List.of(kpi("Unterrichtsstunden mit Tablets je Woche", "Stunden", 4, 40, 31.0, "2026-07-10")), "PUBLIC")),
        new Demo("Emsdetten", "s.yilmaz@demo.pilotnetz.example", null, true,
            c("Chatbot für das Bürgerbüro",
                "Ein Chatbot beantwortet Standardfragen; nach einem Jahr wurde er eingestellt.",
                "Der Chatbot sollte Anrufe im Bürgerbüro halbieren. Er verstand Dialekt und Tippfehler schlecht und wurde 2024 abgeschaltet.",
                "Digitale Verwaltung", "Abgebrochen", "2023-02-01", "2024-02-29", 48_000, null, null,
                List.of(vendor("TalkGov Solutions GmbH")), List.of("Chatbot", "KI", "Bürgerbüro"),
                "Die FAQ-Sammlung, die dafür entstand, nutzen wir bis heute.",
                "Zu wenig Trainingsdaten; Pflegeaufwand unterschätzt; Anrufe sanken nur um 6 %.",
                List.of(kpi("Anrufe im Bürgerbüro pro Woche", "Anrufe", 900, 450, 846.0, "2024-02-15")), "PUBLIC")),
        new Demo("Büsum", "h.petersen@demo.pilotnetz.example", "h.petersen@demo.pilotnetz.example", true,
            c("E-Lastenräder für Pflegedienst und Bauhof",
                "Sechs E-Lastenräder ersetzen Kurzstrecken mit Transportern im Ortskern.",
                "Bauhof und ambulanter Pflegedienst teilen sich einen Pool von E-Lastenrädern mit Buchungskalender.",
                "Mobilität", "Pilot", "2024-04-01", null, 52_000, "Kommunalrichtlinie", 70,
                List.of(org("Ambulanter Pflegedienst Büsum e. V."), vendor("Cargobike Nord GmbH")), List.of("Lastenrad", "Klimaschutz"),
                "Parkplatzsuche entfällt, Pflegekräfte sind schneller bei den Patienten.", "Im Winter bei Sturm kaum nutzbar.",
                List.of(kpi("Ersetzte Transporter-Kilometer", "km/Monat", 0, 1500, 980.0, "2025-03-31")), "PUBLIC")),
        new Demo("Bad Berka", "a.richter@demo.pilotnetz.example", "a.richter@demo.pilotnetz.example", true,
            c("Telemedizin-Sprechstunde in der Apotheke",
                "Patientinnen sprechen per Video mit Hausärzten aus Weimar, begleitet von geschultem Apothekenpersonal.",
                "Seit der letzte Hausarzt in Rente ging, gibt es in der Apotheke eine **Telemedizin-Kabine**.",
                "Gesundheit", "Pilot", "2025-03-01", null, 120_000, "Thüringer Landarztprogramm", 75,
                List.of(org("Kassenärztliche Vereinigung Thüringen"), org("Stadt-Apotheke Bad Berka"), vendor("MediCall Telehealth GmbH")),
                List.of("Telemedizin", "ländlicher Raum"), "Hohe Zufriedenheit; Wege nach Weimar gespart.",
                "Rezepte mussten anfangs doch abgeholt werden; E-Rezept kam erst später.",
                List.of(kpi("Videosprechstunden je Monat", "Termine", 0, 200, 142.0, "2026-10-31")), "NETWORK")),
        new Demo("Eberswalde", "f.neumann@demo.pilotnetz.example", "f.neumann@demo.pilotnetz.example", true,
            c("Bürgerhaushalt online mit Losverfahren",
                "Vorschläge online, Abstimmung per Los ausgewählter Bürgerrat; 250.000 EUR jährlich.",
                "Jeder kann Vorschläge einreichen. Ein **gelostes Gremium** von 30 Personen wählt aus.",
                "Bürgerbeteiligung", "Rollout", "2023-01-01", null, 250_000, null, null,
                List.of(org("Hochschule für nachhaltige Entwicklung Eberswalde"), vendor("Beteiligungsportal Nord GmbH")),
                List.of("Bürgerhaushalt", "Losverfahren"), "Viel mehr junge Menschen als bei früheren Versammlungen.",
                "Die Plattform war nicht barrierefrei; Nachbesserung kostete ein halbes Jahr.",
                List.of(kpi("Eingereichte Vorschläge", "Anzahl", 40, 200, 231.0, "2026-06-30")), "PUBLIC")),
        new Demo("Eberswalde", "f.neumann@demo.pilotnetz.example", null, true,
            c("Kommunale Wärmeplanung mit offenen Daten",
                "Wärmeplan mit öffentlich einsehbarem Gebäudemodell; Grundlage für ein Nahwärmenetz.",
                "Gebäudedaten wurden anonymisiert veröffentlicht. Das Nahwärmenetz im Brandenburgischen Viertel ist in Planung.",
                "Energie", "Pilot", "2024-02-01", null, 180_000, "Kommunalrichtlinie", 90,
                List.of(vendor("Stadtwerke Südwest GmbH"), org("Landkreis Barnim")), List.of("Wärmeplanung", "Nahwärme"),
                "Offene Daten schufen Vertrauen.", "Datenschutzprüfung dauerte länger als die Analyse.",
                List.of(kpi("Erfasste Gebäude", "%", 0, 100, 100.0, "2024-12-01")), "RESTRICTED")),
        new Demo("Ulm", ADMIN, null, true,
            c("LoRaWAN-Netz als städtische Infrastruktur",
                "Ein stadtweites Funknetz für Sensoren: Pegel, Bodenfeuchte, Müllbehälter.",
                "Die Stadt betreibt 40 Gateways. Fachämter und Bürger nutzen das Netz kostenlos.",
                "Smart City", "Rollout", "2021-05-01", null, 900_000, "Modellprojekte Smart Cities", 65,
                List.of(org("Stadtwerke Ulm/Neu-Ulm"), vendor("IoT Funknetz GmbH")), List.of("LoRaWAN", "Sensorik", "IoT"),
                "Ein Netz für viele Anwendungen statt Insellösungen.", "Betrieb und Wartung wurden anfangs unterschätzt.",
                List.of(kpi("Angebundene Sensoren", "Anzahl", 0, 2000, 1650.0, "2026-09-01")), "PUBLIC")),
        new Demo("Jena", ADMIN, null, true,
            c("Digitale Schulanmeldung",
                "Eltern melden ihre Kinder online an; Zuweisung der Schulbezirke automatisiert.",
                "Die Anmeldung für die weiterführenden Schulen läuft komplett digital, mit Terminbuchung für Rückfragen.",
                "Bildung", "Abgeschlossen", "2022-09-01", "2023-07-31", 75_000, null, null,
                List.of(vendor("Schulverwaltung Online GmbH")), List.of("Schulanmeldung", "OZG"),
                "Papierberge im Schulamt verschwanden.", "Mehrsprachigkeit fehlte zu Beginn.",
                List.of(kpi("Online-Anmeldungen", "%", 0, 90, 93.0, "2023-07-15")), "PUBLIC")),
        new Demo("Lübeck", ADMIN, null, true,
            c("Hitzeschutz-Warnsystem für Pflegeheime",
                "Automatische Warnungen an Pflegeheime bei Hitze, mit Checklisten.",
                "Bei Warnungen des Wetterdienstes erhalten alle Heime eine SMS und eine Checkliste.",
                "Gesundheit", "Rollout", "2023-05-01", null, 30_000, null, null,
                List.of(org("Gesundheitsamt Lübeck"), org("Deutscher Wetterdienst")), List.of("Hitzeschutz", "Pflege"),
                "Einfach und günstig.", "Nicht alle Heime bestätigten den Empfang.",
                List.of(kpi("Heime im Verteiler", "%", 20, 100, 96.0, "2026-08-20")), "NETWORK")),
        new Demo("Görlitz", ADMIN, null, true,
            c("Mängelmelder mit Rückmeldung an Bürger",
                "Bürger melden Schäden per App; jede Meldung bekommt eine Antwort mit Status.",
                "Der Mängelmelder ist an das Ticketsystem des Bauhofs angebunden.",
                "Bürgerbeteiligung", "Abgeschlossen", "2021-03-01", "2022-12-31", 40_000, null, null,
                List.of(vendor("Meldeplattform GmbH")), List.of("Mängelmelder", "App"),
                "Transparenz über den Bearbeitungsstand.", "Doppelte Meldungen belasteten den Bauhof.",
                List.of(kpi("Bearbeitungszeit", "Tage", 21, 7, 9.0, "2022-12-01")), "PUBLIC")),
        new Demo("Halle (Saale)", ADMIN, null, true,
            c("Gigabit-Ausbau in Gewerbegebieten",
                "Gezielter Ausbau für 14 Gewerbegebiete mit Förderung des Bundes.",
                "Markterkundung, Ausschreibung, Bau in drei Losen.",
                "Breitband", "Rollout", "2023-01-01", null, 5_800_000, "Gigabitförderung des Bundes", 50,
                List.of(vendor("Glasfaser Mitteldeutschland GmbH"), org("IHK Halle-Dessau")), List.of("Gewerbe", "Glasfaser"),
                "Unternehmen beteiligten sich aktiv an der Markterkundung.", "Tiefbaukapazitäten waren knapp; zwei Lose verzögerten sich um ein Jahr.",
                List.of(kpi("Angeschlossene Betriebe", "Anzahl", 0, 800, 530.0, "2026-05-01")), "RESTRICTED")));
  }

  @Transactional
  void load(Map<String, Long> people) {
    Map<String, Long> towns = municipalities.list(null, null).stream()
        .collect(Collectors.toMap(MunicipalityView::name, MunicipalityView::id, (a, b) -> a));
    Map<String, Long> ids = new HashMap<>();
    for (Demo d : all()) {
      SaveCase s = d.c();
      if (d.contact() != null || "RESTRICTED".equals(s.visibility())) {
        List<Long> shared = "RESTRICTED".equals(s.visibility())
            ? List.of(towns.get("Herrenberg"), towns.get("Wunsiedel")) : List.of();
        s = new SaveCase(s.title(), s.summary(), s.body(), s.topic(), s.phase(), s.startDate(), s.endDate(),
            s.budget(), s.fundingProgramme(), s.fundingRate(), s.partners(),
            d.contact() == null ? null : people.get(d.contact()), s.tags(), s.lessonsGood(), s.lessonsBad(),
            s.kpis(), s.visibility(), shared, null);
      }
      ids.put(s.title(), cases.createUnchecked(s, towns.get(d.town()), people.get(d.author()), d.published()));
    }
    adoptions.adoptUnchecked(ids.get("Glasfaser für alle Ortsteile durch Leerrohr-Mitverlegung"),
        towns.get("Bad Berka"), people.get("a.richter@demo.pilotnetz.example"), "in Umsetzung",
        "Wir übernehmen das Leerrohrkataster und die Mitverlegungs-Satzung.");
    adoptions.adoptUnchecked(ids.get("Tablet-Ausleihe und Medienscouts an Grundschulen"),
        towns.get("Büsum"), people.get("h.petersen@demo.pilotnetz.example"), "angepasst",
        "Mit nur einem Tablet-Koffer für unsere eine Grundschule.");
  }
}
