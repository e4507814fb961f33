package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GermanAnalysisTest {

  private final GermanAnalysis analysis = GermanAnalysis.fromDirectory(Path.of("search-index"));

  private List<String> text(String s) {
    return GermanAnalysis.tokens(analysis.textAnalyzer(), s);
  }

  @Test
  void asciiUmlautSpellingsAndPlainVowelsFoldAlike() {
    assertEquals(text("Bürgerportal"), text("Buergerportal"));
    assertEquals(text("Bürgerportal"), text("Burgerportal"));
    assertEquals(text("Straße"), text("Strasse"));
    assertEquals(text("Förderung"), text("Foerderung"));
  }

  @Test
  void compoundKeepsWholeWordAndAddsItsParts() {
    List<String> t = text("Glasfaserausbau");
    assertEquals(3, t.size(), t.toString());
    assertEquals(text("Glasfaserausbau").get(0), "glasfaserausbau");
    assertTrue(t.containsAll(text("Glasfaser Ausbau")), t.toString());
  }

  @Test
  void compoundWithLinkingSIsSplit() {
    List<String> t = text("Digitalisierungsstrategie");
    assertTrue(t.containsAll(text("Digitalisierung Strategie")), t.toString());
  }

  @Test
  void shortDictionaryWordsInsideOtherWordsAreNotParts() {
    assertEquals(List.of(text("Strategie").get(0)), text("Strategie"));
    assertEquals(1, text("Planung").size());
  }

  @Test
  void pluralsStemToTheSingular() {
    assertEquals(text("Schule"), text("Schulen"));
    assertEquals(text("Förderung"), text("Förderungen"));
    assertEquals(text("Ladesäule"), text("Ladesäulen"));
  }

  @Test
  void stopWordsAreDroppedAlsoInAsciiSpelling() {
    assertEquals(text("Förderung Schule"), text("Förderung für die Schule"));
    assertEquals(text("Förderung Schule"), text("Foerderung fuer die Schule"));
  }

  @Test
  void queryWordAnalysisMatchesIndexChain() {
    var w = analysis.analyzeWord(analysis.fold("Bürgerportal"));
    assertEquals(text("Bürgerportal").get(0), w.term());
    assertEquals(text("Bürger Portal"), w.parts());
    assertNull(analysis.analyzeWord("und"));
  }

  @Test
  void versionChangesWhenAWordListIsEdited(@TempDir Path dir) throws Exception {
    for (String f : List.of("synonyms.txt", "compounds.txt", "stopwords.txt")) {
      Files.copy(Path.of("search-index", f), dir.resolve(f));
    }
    String before = GermanAnalysis.fromDirectory(dir).version();
    assertEquals(before, GermanAnalysis.fromDirectory(Path.of("search-index")).version());
    Files.writeString(dir.resolve("synonyms.txt"), "\nRathaus, Stadtverwaltung\n", java.nio.file.StandardOpenOption.APPEND);
    assertNotEquals(before, GermanAnalysis.fromDirectory(dir).version());
  }

  @Test
  void missingDirectoryFallsBackToClasspathCopies(@TempDir Path dir) {
    assertEquals(
        analysis.version(), GermanAnalysis.fromDirectory(dir.resolve("does-not-exist")).version());
  }
}
