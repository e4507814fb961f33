package de.pilotnetz.demo;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.thread.ThreadService;
import de.pilotnetz.thread.ThreadService.SeedAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Questions and answers of the demo network: some solved, some still waiting for an answer. */
@ApplicationScoped
class DemoThreads {
  @Inject ThreadService threads;
  @Inject MemberService members;
  @Inject MunicipalityService municipalities;
  @Inject Clock clock;

  private record A(String who, String body, long minutes, int score) {}

  private record Q(String who, String town, int daysAgo, String topic, List<String> tags, String title,
      String body, List<A> answers, int accepted) {}

  private static final String HOFMANN = "buergermeisterin@demo.pilotnetz.example";
  private static final String BRANDL = "verwaltung@demo.pilotnetz.example";
  private static final String SCHULTE = "expertin@demo.pilotnetz.example";
  private static final String KELLER = "m.keller@demo.pilotnetz.example";
  private static final String YILMAZ = "s.yilmaz@demo.pilotnetz.example";
  private static final String PETERSEN = "h.petersen@demo.pilotnetz.example";
  private static final String RICHTER = "a.richter@demo.pilotnetz.example";
  private static final String NEUMANN = "f.neumann@demo.pilotnetz.example";
  private static final String WOLFF = "j.wolff@demo.pilotnetz.example";
  private static final String VOGT = "l.vogt@demo.pilotnetz.example";
  private static final String AYDIN = "m.aydin@demo.pilotnetz.example";
  private static final String KRUEGER = "s.krueger@demo.pilotnetz.example";

  private static final List<Q> QUESTIONS = List.of(
      new Q(HOFMANN, "Wunsiedel", 40, "Breitband", List.of("glasfaser", "förderung"),
          "Lohnt sich die Mitverlegung von Leerrohren beim Straßenbau?",
          "Wir sanieren 2027 die Ortsdurchfahrt. Der Bauhof schlägt vor, gleich Leerrohre für Glasfaser "
              + "mitzuverlegen. Hat jemand Erfahrung mit den Kosten pro Meter und mit der späteren Vermarktung?",
          List.of(new A(SCHULTE, "Bei offener Baugrube liegen die Mehrkosten meist bei **8–15 € pro Meter**. "
                  + "Wichtig: Rohre dokumentieren (GIS) und im Gigabit-Grundbuch melden, sonst findet sie später kein Netzbetreiber.", 95, 3),
              new A(RICHTER, "Bad Berka hat 2023 mitverlegt. Zwei Jahre später hat ein Anbieter die Rohre gepachtet – "
                  + "die Investition hat sich über die Pacht in etwa zehn Jahren amortisiert.", 300, 1)), 0),
      new Q(KELLER, "Herrenberg", 33, "Mobilität", List.of("parken", "sensorik"),
          "Parksensoren oder Kamerazählung für die Innenstadt?",
          "Wir wollen freie Parkplätze in der Innenstadt anzeigen. Bodensensoren sind teuer im Einbau, "
              + "Kameras werfen Datenschutzfragen auf. Was hat sich bei Ihnen bewährt?",
          List.of(new A(AYDIN, "Kameras mit Auswertung direkt am Gerät (nur Zählwerte verlassen die Kamera) "
                  + "sind datenschutzrechtlich gut vertretbar. Lassen Sie die DSFA früh von Ihrer Datenschutzbeauftragten prüfen.", 240, 2),
              new A(PETERSEN, "Büsum nutzt Bodensensoren auf 120 Stellplätzen. Nach drei Wintern sind 6 % ausgefallen – "
                  + "planen Sie Ersatz ein.", 1440, 1)), 0),
      new Q(YILMAZ, "Emsdetten", 27, "Bildung", List.of("schule", "tablets"),
          "Wer wartet bei Ihnen die Schul-Tablets?",
          "Der Digitalpakt hat uns 1.400 Tablets gebracht, aber keine Stelle für die Wartung. "
              + "Machen das bei Ihnen die Schulen selbst, der Kreis oder ein Dienstleister?",
          List.of(new A(KRUEGER, "Ein Mobile-Device-Management beim Schulträger plus ein externer Vor-Ort-Service "
                  + "für Reparaturen ist die häufigste Lösung. Rechnen Sie mit 1 Vollzeitstelle je 800–1.000 Geräte.", 180, 2)), 0),
      new Q(NEUMANN, "Eberswalde", 21, "Energie", List.of("photovoltaik", "dachflächen"),
          "Dachflächen-Kataster für PV: selbst erstellen oder einkaufen?",
          "Wir möchten Bürgerinnen und Bürgern zeigen, welche Dächer sich für Photovoltaik eignen. "
              + "Das Land bietet ein Solarkataster an, aber ohne unsere Gebäudedaten. Erfahrungen?",
          List.of(new A(SCHULTE, "Das Landeskataster reicht für die Bürgerinformation meist aus. Für die eigenen "
                  + "Liegenschaften lohnt sich eine eigene Auswertung mit Statik-Check.", 600, 1),
              new A(HOFMANN, "Wunsiedel hat das Landeskataster verlinkt und für die 40 kommunalen Dächer ein "
                  + "Ingenieurbüro beauftragt. Kosten: rund 12.000 €.", 2000, 2)), 1),
      new Q(WOLFF, "Arnsberg", 18, "Digitale Verwaltung", List.of("ozg", "terminvergabe"),
          "Online-Terminvergabe im Bürgerbüro: Erfahrungen mit No-Shows?",
          "Seit der Online-Terminvergabe erscheinen 15 % der Gebuchten nicht. Erinnerungs-SMS? "
              + "Stornolink? Überbuchung?",
          List.of(new A(VOGT, "Eine Erinnerung 24 Stunden vorher mit Stornolink senkt die No-Show-Quote "
                  + "in den uns bekannten Kommunen auf 5–7 %.", 120, 3),
              new A(BRANDL, "Wir in Wunsiedel geben 10 % der Termine erst am Vortag frei – das fängt Ausfälle gut ab.", 400, 1)), 0),
      new Q(RICHTER, "Bad Berka", 14, "Gesundheit", List.of("telemedizin", "pflege"),
          "Telemedizin in der Pflege: Wer trägt die Geräte?",
          "Ein Pflegedienst möchte Videosprechstunden mit den Hausärzten anbieten. Die Kommune soll Tablets "
              + "stellen. Ist das eine kommunale Aufgabe, und wie haben Sie das finanziert?",
          List.of(), -1),
      new Q(PETERSEN, "Büsum", 10, "Mobilität", List.of("rufbus", "ländlicher-raum"),
          "On-Demand-Rufbus: Wie viele Fahrzeuge für 5.000 Einwohner?",
          "Wir planen einen Rufbus für Büsum und die Nachbargemeinden. Wie viele Fahrzeuge braucht man "
              + "realistisch, und wer bucht bei Ihnen per App, wer per Telefon?",
          List.of(new A(AYDIN, "Für 5.000 Einwohner reichen meist zwei Fahrzeuge; die Hälfte der Fahrten wird "
                  + "anfangs telefonisch gebucht, nach einem Jahr ein Drittel.", 2880, 1)), -1),
      new Q(BRANDL, "Wunsiedel", 7, "Digitale Verwaltung", List.of("e-akte", "schulung"),
          "Wie haben Sie die Mitarbeitenden für die E-Akte gewonnen?",
          "Die Technik der E-Akte läuft, aber viele Kolleginnen und Kollegen drucken weiter aus. "
              + "Welche Schulungen oder Anreize haben bei Ihnen funktioniert?",
          List.of(new A(WOLFF, "Bei uns hat ein „Digitallotse“ pro Amt geholfen: eine Ansprechperson im Team, "
                  + "mit zwei Stunden pro Woche dafür freigestellt.", 90, 2),
              new A(VOGT, "Messen Sie nicht die Schulungen, sondern die Papiermenge pro Amt – und machen Sie sie sichtbar.", 500, 1)), 0),
      new Q(KELLER, "Herrenberg", 5, "Smart City", List.of("datenplattform", "open-data"),
          "Urbane Datenplattform: eigene Lösung oder gemeinsam mit dem Landkreis?",
          "Für unsere Sensordaten (Parken, Luft, Pegel) brauchen wir eine Datenplattform. Der Landkreis "
              + "plant eine eigene. Lohnt sich das Warten?",
          List.of(), -1),
      new Q(YILMAZ, "Emsdetten", 3, "Bürgerbeteiligung", List.of("beteiligung", "haushalt"),
          "Digitaler Bürgerhaushalt: Wie erreichen wir auch Ältere?",
          "Beim ersten digitalen Bürgerhaushalt haben vor allem 25- bis 45-Jährige mitgemacht. "
              + "Wie haben Sie ältere Menschen erreicht?",
          List.of(new A(NEUMANN, "Wir hatten in Eberswalde Beteiligungs-Sprechstunden in der Stadtbibliothek: "
                  + "Ehrenamtliche helfen beim Eintragen am Tablet.", 200, 1)), -1),
      new Q(HOFMANN, "Wunsiedel", 2, "Energie", List.of("wärmeplanung"),
          "Kommunale Wärmeplanung: Welche Daten haben Sie von den Schornsteinfegern bekommen?",
          "Für die Wärmeplanung brauchen wir Daten zu Heizungsanlagen. Welche Daten haben Ihnen die "
              + "Bezirksschornsteinfeger geliefert, und in welchem Format?",
          List.of(), -1));

  @Transactional
  void load() {
    Map<String, Long> towns = municipalities.list(null, null).stream()
        .collect(Collectors.toMap(MunicipalityView::name, MunicipalityView::id, (a, b) -> a));
    Instant now = clock.instant();
    for (Q q : QUESTIONS) {
      List<SeedAnswer> answers = q.answers().stream()
          .map(a -> new SeedAnswer(id(a.who()), a.body(), a.minutes(), a.score())).toList();
      threads.seed(id(q.who()), towns.get(q.town()), q.title(), q.body(), q.topic(), q.tags(),
          Visibility.NETWORK, now.minus(Duration.ofDays(q.daysAgo())), answers, q.accepted());
    }
  }

  private long id(String email) {
    return members.idByEmail(email).orElseThrow(() -> new IllegalStateException("demo member " + email));
  }
}
