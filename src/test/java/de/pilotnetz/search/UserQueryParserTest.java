package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserQueryParserTest {

  private static final UserQueryParser PARSER = new UserQueryParser(TestIndex.ANALYSIS);
  private static final String NASTY = ":*?()[]{}^~\\/\"-+!&|<> \t\nANDORNOT aäöüß";
  private static TestIndex index;

  @BeforeAll
  static void build() {
    index = new TestIndex(List.of(Docs.caseDoc(1, "Glasfaser (FTTH) im Dorf", "Ausbau: 100% [fertig]")));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\"", "\"\"", "\"Glasfaser", "-", "--", "- -x", "AND", "OR NOT",
      "title:Glasfaser", "Glas*", "Glas?aser", "(Glasfaser", "[a TO b]", "{x}", "Glasfaser^4",
      "Glasfaser~2", "\\", "/regex/", "a/b", "!!!", "-\"\"", "&&", "||"})
  void luceneSyntaxNeverThrows(String input) {
    assertDoesNotThrow(() -> index.search(input, Viewer.administrator()));
  }

  @Test
  void randomStringsOfSyntaxCharactersNeverThrow() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(40);
      for (int j = 0; j < len; j++) {
        s.append(NASTY.charAt(random.nextInt(NASTY.length())));
      }
      String input = s.toString();
      assertDoesNotThrow(() -> index.search(input, Viewer.administrator()), input);
    }
  }

  @Test
  void veryLongInputIsCutNotRejected() {
    String input = "Glasfaser ".repeat(1000);
    assertEquals(10_000, input.length());
    assertEquals(1, index.search(input, Viewer.administrator()).total());
  }

  @Test
  void syntaxCharactersAreText() {
    assertEquals(1, index.search("title:Glasfaser", Viewer.administrator()).total());
    assertEquals(1, index.search("(FTTH)", Viewer.administrator()).total());
  }

  @Test
  void blankInputMatchesAll() {
    assertTrue(PARSER.parse("  ").matchesAll());
    assertTrue(PARSER.parse("-Glasfaser").matchesAll());
    assertFalse(PARSER.parse("Glasfaser").matchesAll());
  }

  @Test
  void typedWordsAreKeptForSpelling() {
    assertEquals(List.of("breitbnad", "im", "dorf"), PARSER.parse("Breitbnad im Dorf").words());
  }

  @Test
  void fewConceptsMustAllMatchManyNeedNotAll() {
    assertEquals(2, UserQueryParser.minimumShouldMatch(2));
    assertEquals(2, UserQueryParser.minimumShouldMatch(3));
    assertEquals(3, UserQueryParser.minimumShouldMatch(5));
  }
}
