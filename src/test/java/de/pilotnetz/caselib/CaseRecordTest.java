package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.platform.security.Visibility;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRecordTest {
  static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  static CaseContent content(String title, Phase phase, LocalDate measured) {
    return new CaseContent(title, "Kurz", "Text", "Breitband", phase, null, null, null, null, null,
        List.of(new PartnerInput("Fiberlink Kommunal GmbH", true)), 7L, List.of("Glasfaser"), "gut", "schlecht",
        List.of(new KpiInput("Anschlussquote", "%", new BigDecimal("12"), new BigDecimal("60"),
            new BigDecimal("48.0"), measured)), Visibility.PUBLIC, List.of());
  }

  @Test
  void revisingBumpsRevisionAndNamesChangedFields() {
    CaseRecord c = new CaseRecord(content("Glasfaser", Phase.PILOT, TODAY), 1, 2, NOW);
    assertEquals(1, c.revision());
    assertEquals("\"1\"", c.etag());
    List<String> changed = c.revise(content("Glasfaserausbau", Phase.ROLLOUT, TODAY), NOW.plusSeconds(5));
    assertEquals(List.of("title", "phase"), changed);
    assertEquals(2, c.revision());
  }

  @Test
  void savingUnchangedContentKeepsTheRevision() {
    CaseRecord c = new CaseRecord(content("Glasfaser", Phase.PILOT, TODAY), 1, 2, NOW);
    // 48.0 and 48.0000 (as the database returns it) are one value
    CaseContent same = content("Glasfaser", Phase.PILOT, TODAY);
    assertEquals(List.of(), c.revise(same, NOW));
    assertEquals(1, c.revision());
  }

  @Test
  void publishingIsARevisionOnce() {
    CaseRecord c = new CaseRecord(content("Glasfaser", Phase.PILOT, TODAY), 1, 2, NOW);
    assertTrue(c.publish(NOW));
    assertFalse(c.publish(NOW));
    assertEquals(2, c.revision());
    assertTrue(c.published());
  }

  @Test
  void kpisGoStaleInRunningPhasesOnly() {
    LocalDate old = TODAY.minusMonths(7);
    assertTrue(new CaseRecord(content("a", Phase.PILOT, old), 1, 2, NOW).kpisStale(TODAY, 6));
    assertTrue(new CaseRecord(content("a", Phase.ROLLOUT, null), 1, 2, NOW).kpisStale(TODAY, 6));
    assertFalse(new CaseRecord(content("a", Phase.PILOT, TODAY.minusMonths(5)), 1, 2, NOW).kpisStale(TODAY, 6));
    assertFalse(new CaseRecord(content("a", Phase.ABGESCHLOSSEN, old), 1, 2, NOW).kpisStale(TODAY, 6));
  }

  @Test
  void reminderAtMostOncePer30Days() {
    CaseRecord c = new CaseRecord(content("a", Phase.PILOT, TODAY.minusYears(1)), 1, 2, NOW);
    assertFalse(c.reminderDue(NOW, TODAY, 6), "drafts are not reminded");
    c.publish(NOW);
    assertTrue(c.reminderDue(NOW, TODAY, 6));
    c.markReminded(NOW);
    assertFalse(c.reminderDue(NOW.plus(Duration.ofDays(29)), TODAY, 6));
    assertTrue(c.reminderDue(NOW.plus(Duration.ofDays(31)), TODAY, 6));
  }

  @Test
  void snapshotRoundTripsAndDiffsByLine() {
    CaseContent a = content("Glasfaser", Phase.PILOT, TODAY);
    String json = Snapshots.write(a, CaseStatus.DRAFT);
    assertEquals(a, Snapshots.read(Snapshots.parse(json)));
    CaseContent b = new CaseContent("Glasfaser", "Kurz", "Text\nNeue Zeile", "Breitband", Phase.PILOT, null,
        null, null, null, null, a.partners(), 7L, a.tags(), "gut", "schlecht", a.kpis(), Visibility.NETWORK, List.of());
    DiffView d = RevisionDiff.between(1, 2, Snapshots.toJson(a, CaseStatus.DRAFT), Snapshots.toJson(b, CaseStatus.DRAFT));
    assertEquals(List.of("body", "visibility"), d.changes().stream().map(DiffView.FieldChange::field).toList());
    assertEquals(List.of(new DiffLine("=", "Text"), new DiffLine("+", "Neue Zeile")), d.changes().get(0).lines());
    assertEquals("PUBLIC", d.changes().get(1).before());
  }

  @Test
  void csvQuotesAndDefusesFormulas() {
    assertEquals("\"Förderung \"\"Gigabit\"\", 80 %\"", ExportService.csvField("Förderung \"Gigabit\", 80 %"));
    assertEquals("\"'=HYPERLINK(1)\"", ExportService.csvField("=HYPERLINK(1)"));
    assertEquals("\"Zeile1\nZeile2\"", ExportService.csvField("Zeile1\nZeile2"));
  }
}
