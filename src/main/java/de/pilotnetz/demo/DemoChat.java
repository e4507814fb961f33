package de.pilotnetz.demo;

import de.pilotnetz.chat.ChatDemoSeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/** Two chat rooms with German history and an upcoming expert office hour. */
@ApplicationScoped
class DemoChat {
  @Inject ChatDemoSeed seed;

  void load() {
    long breitband = seed.room("PUBLIC", "Breitband & Glasfaser",
        "Austausch zu Förderung, Tiefbau und Mitverlegung", "expertin@demo.pilotnetz.example",
        List.of("buergermeisterin@demo.pilotnetz.example", "verwaltung@demo.pilotnetz.example",
            "a.richter@demo.pilotnetz.example", "moderation@demo.pilotnetz.example"));
    seed.say(breitband, "buergermeisterin@demo.pilotnetz.example",
        "Hat jemand Erfahrung mit der Mitverlegung von Leerrohren beim Straßenausbau?");
    seed.say(breitband, "a.richter@demo.pilotnetz.example",
        "Ja, in Bad Berka haben wir beim Kanalbau **gleich mitverlegt** – das hat uns rund 40 % der Tiefbaukosten gespart.");
    seed.say(breitband, "expertin@demo.pilotnetz.example",
        "Wichtig ist, die Trassen früh im Gigabit-Grundbuch zu melden. @Karin Hofmann, ich schicke Ihnen unsere Checkliste.");
    seed.say(breitband, "verwaltung@demo.pilotnetz.example",
        "Danke! Die Checkliste nehmen wir in die nächste Bauausschusssitzung mit.");
    long ozg = seed.room("PRIVATE", "OZG-Umsetzung Oberfranken",
        "Kleine Runde der oberfränkischen Verwaltungen", "verwaltung@demo.pilotnetz.example",
        List.of("buergermeisterin@demo.pilotnetz.example", "s.krueger@demo.pilotnetz.example"));
    seed.say(ozg, "verwaltung@demo.pilotnetz.example",
        "Unser Bürgerportal ist seit Montag mit dem Wohngeldantrag online.");
    seed.say(ozg, "s.krueger@demo.pilotnetz.example",
        "Glückwunsch! Wie hoch ist die Quote der *vollständig digitalen* Anträge bisher?");
    seed.say(ozg, "verwaltung@demo.pilotnetz.example", "Knapp 30 %, Tendenz steigend.");
    seed.officeHour(breitband, "expertin@demo.pilotnetz.example",
        "Sprechstunde: Glasfaserausbau in ländlichen Gemeinden", Duration.ofDays(3), 60);
  }
}
