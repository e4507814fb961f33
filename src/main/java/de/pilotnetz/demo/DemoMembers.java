package de.pilotnetz.demo;

import de.pilotnetz.member.MemberService;
import de.pilotnetz.municipality.MunicipalityService;
import de.pilotnetz.municipality.MunicipalityView;
import de.pilotnetz.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Demo accounts: one per role to log in with (all with one password), and more people around them. */
@ApplicationScoped
class DemoMembers {
  static final String PASSWORD = "Pilotnetz-Demo-2026";

  /** The accounts named in the README and the startup banner. */
  record Login(String email, String role, String name) {}

  static final List<Login> LOGINS = List.of(
      new Login("admin@demo.pilotnetz.example", "ADMIN", "Petra Lindner"),
      new Login("moderation@demo.pilotnetz.example", "MODERATOR", "Jonas Weber"),
      new Login("buergermeisterin@demo.pilotnetz.example", "MAYOR", "Karin Hofmann"),
      new Login("verwaltung@demo.pilotnetz.example", "STAFF", "Tobias Brandl"),
      new Login("expertin@demo.pilotnetz.example", "EXPERT", "Dr. Miriam Schulte"));

  private record Person(String email, String name, Role role, String town, String organisation,
      String position, String affiliation, List<String> topics) {}

  private static final List<Person> PEOPLE = List.of(
      new Person("admin@demo.pilotnetz.example", "Petra Lindner", Role.ADMIN, null,
          "Programmbüro Pilotnetz", "Programmleitung", null, List.of()),
      new Person("moderation@demo.pilotnetz.example", "Jonas Weber", Role.MODERATOR, null,
          "Programmbüro Pilotnetz", "Community-Management", null, List.of("Bürgerbeteiligung")),
      new Person("buergermeisterin@demo.pilotnetz.example", "Karin Hofmann", Role.MAYOR, "Wunsiedel",
          "Stadt Wunsiedel", "Erste Bürgermeisterin", null, List.of("Breitband", "Energie", "Digitale Verwaltung")),
      new Person("verwaltung@demo.pilotnetz.example", "Tobias Brandl", Role.STAFF, "Wunsiedel",
          "Stadt Wunsiedel", "Digitalisierungsbeauftragter", null, List.of("Digitale Verwaltung")),
      new Person("expertin@demo.pilotnetz.example", "Dr. Miriam Schulte", Role.EXPERT, null,
          "Fiberlink Kommunal GmbH", "Leiterin Netzplanung", "Fiberlink Kommunal GmbH",
          List.of("Breitband", "Smart City")),
      new Person("m.keller@demo.pilotnetz.example", "Martin Keller", Role.MAYOR, "Herrenberg",
          "Stadt Herrenberg", "Oberbürgermeister", null, List.of("Mobilität", "Smart City")),
      new Person("s.yilmaz@demo.pilotnetz.example", "Selin Yılmaz", Role.MAYOR, "Emsdetten",
          "Stadt Emsdetten", "Bürgermeisterin", null, List.of("Bildung", "Digitale Verwaltung")),
      new Person("h.petersen@demo.pilotnetz.example", "Hauke Petersen", Role.MAYOR, "Büsum",
          "Gemeinde Büsum", "Bürgermeister", null, List.of("Mobilität", "Energie")),
      new Person("a.richter@demo.pilotnetz.example", "Anja Richter", Role.MAYOR, "Bad Berka",
          "Stadt Bad Berka", "Bürgermeisterin", null, List.of("Gesundheit", "Breitband")),
      new Person("f.neumann@demo.pilotnetz.example", "Frank Neumann", Role.MAYOR, "Eberswalde",
          "Stadt Eberswalde", "Bürgermeister", null, List.of("Energie", "Bürgerbeteiligung")),
      new Person("j.wolff@demo.pilotnetz.example", "Julia Wolff", Role.STAFF, "Arnsberg",
          "Stadt Arnsberg", "Leiterin Bürgerservice", null, List.of("Digitale Verwaltung", "Bürgerbeteiligung")),
      new Person("l.vogt@demo.pilotnetz.example", "Prof. Lena Vogt", Role.EXPERT, null,
          "Hochschule Harz", "Professorin für Verwaltungsinformatik", "Hochschule Harz (öffentlich)",
          List.of("Bürgerbeteiligung", "Digitale Verwaltung")),
      new Person("m.aydin@demo.pilotnetz.example", "Murat Aydın", Role.EXPERT, null,
          "Stadtwerke Südwest GmbH", "Projektleiter Wärmewende", "Stadtwerke Südwest GmbH",
          List.of("Energie", "Smart City")),
      new Person("s.krueger@demo.pilotnetz.example", "Sabine Krüger", Role.EXPERT, null,
          null, "Beraterin für OZG-Umsetzung", "unabhängig", List.of("Digitale Verwaltung", "Bildung")));

  @Inject MemberService members;
  @Inject MunicipalityService municipalities;

  /** Creates the demo people; answers their ids by e-mail. */
  @Transactional
  Map<String, Long> load() {
    Map<String, Long> towns = municipalities.list(null, null).stream()
        .collect(Collectors.toMap(MunicipalityView::name, MunicipalityView::id, (a, b) -> a));
    String hash = members.hashPassword(PASSWORD);
    Map<String, Long> ids = new java.util.HashMap<>();
    for (Person p : PEOPLE) {
      ids.put(p.email, members.enrol(p.email, p.name, hash, Set.of(p.role),
          p.town == null ? null : towns.get(p.town), p.organisation, p.position, p.affiliation,
          p.topics, p.role != Role.STAFF));
    }
    return ids;
  }

  static Function<Login, String> line() {
    return l -> String.format("%-10s %-42s %s", l.role(), l.email(), l.name());
  }
}
