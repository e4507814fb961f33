package de.pilotnetz.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;

/**
 * The editable word lists of the analyzer: synonyms, compound parts and stop words. Read from a
 * directory so operators can edit them; a missing directory or file falls back to the copy on the
 * classpath under {@code search-index/}.
 */
public record AnalysisResources(String synonyms, String compounds, String stopWords) {

  public static final String SYNONYMS = "synonyms.txt";
  public static final String COMPOUNDS = "compounds.txt";
  public static final String STOP_WORDS = "stopwords.txt";
  private static final Logger LOG = Logger.getLogger(AnalysisResources.class.getName());

  /** Loads the lists from {@code dir} (may be null) with classpath fallback per file. */
  public static AnalysisResources load(Path dir) {
    return new AnalysisResources(read(dir, SYNONYMS), read(dir, COMPOUNDS), read(dir, STOP_WORDS));
  }

  /** Non-blank lines without {@code #} comments, trimmed. */
  public static List<String> entries(String text) {
    return text.lines()
        .map(l -> l.replaceFirst("#.*", "").trim())
        .filter(l -> !l.isEmpty())
        .toList();
  }

  /** Hex SHA-256 over the three texts and {@code salt}; changes whenever a file is edited. */
  public String hash(String salt) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(salt, synonyms, compounds, stopWords)) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path dir, String name) {
    try {
      if (dir != null && Files.isRegularFile(dir.resolve(name))) {
        LOG.log(java.util.logging.Level.FINE, "Reading {0} from {1}", new Object[] {name, dir});
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      }
      try (InputStream in = AnalysisResources.class.getResourceAsStream("/search-index/" + name)) {
        if (in == null) {
          throw new IllegalStateException("Missing search-index/" + name + " on the classpath");
        }
        LOG.log(java.util.logging.Level.INFO, "Using bundled search-index/{0}", name);
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }
}
