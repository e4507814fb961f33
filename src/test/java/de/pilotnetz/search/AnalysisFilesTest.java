package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The word lists exist twice: editable in {@code search-index/} and bundled on the classpath as
 * the fallback. An edit to one must be made to the other, or servers without the directory would
 * analyse differently.
 */
class AnalysisFilesTest {

  @Test
  void topLevelFilesAndClasspathCopiesAreIdentical() throws Exception {
    for (String name : new String[] {
        AnalysisResources.SYNONYMS, AnalysisResources.COMPOUNDS, AnalysisResources.STOP_WORDS}) {
      byte[] top = Files.readAllBytes(Path.of("search-index", name));
      byte[] bundled = Files.readAllBytes(Path.of("src/main/resources/search-index", name));
      assertArrayEquals(top, bundled, "search-index/" + name + " differs from its classpath copy");
      try (InputStream in = AnalysisFilesTest.class.getResourceAsStream("/search-index/" + name)) {
        assertNotNull(in, name + " on the classpath");
        assertArrayEquals(top, in.readAllBytes(), name + " on the classpath");
      }
    }
  }
}
