package de.pilotnetz.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Opens the index directory for {@link Indexer}, checking it first. CheckIndex verifies the
 * checksum of every file (it reads each once, which is fast enough at start and finds truncation
 * and bit rot; it does not run the slow structural checks). A corrupt index is moved aside to
 * {@code <dir>.corrupt-<millis>} and a new, empty one created.
 */
final class IndexDirectory {

  static final String MISSING = "kein Index vorhanden";
  static final String CORRUPT = "Index beschädigt";
  private static final Logger LOG = Logger.getLogger(IndexDirectory.class.getName());

  /** An open index; {@code rebuildReason} is {@link #MISSING}, {@link #CORRUPT} or null. */
  record Opened(FSDirectory directory, LuceneIndex index, String rebuildReason) {}

  private IndexDirectory() {}

  static Opened open(Path path, GermanAnalysis analysis) throws IOException {
    Files.createDirectories(path);
    String why = null;
    try (FSDirectory probe = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(probe)) {
        why = MISSING;
      } else if (!isClean(probe)) {
        why = CORRUPT;
      }
    }
    if (CORRUPT.equals(why)) {
      moveAside(path);
    }
    FSDirectory directory = FSDirectory.open(path);
    try {
      return new Opened(directory, new LuceneIndex(directory, analysis), why);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search index at " + path + " cannot be opened", e);
      directory.close();
      moveAside(path);
      directory = FSDirectory.open(path);
      return new Opened(directory, new LuceneIndex(directory, analysis), CORRUPT);
    }
  }

  private static boolean isClean(FSDirectory dir) {
    try (CheckIndex check = new CheckIndex(dir)) {
      check.setChecksumsOnly(true);
      return check.checkIndex().clean;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "CheckIndex failed on the search index: {0}", e.toString());
      return false;
    }
  }

  private static void moveAside(Path path) throws IOException {
    Path aside = path.resolveSibling(path.getFileName() + ".corrupt-" + System.currentTimeMillis());
    Files.move(path, aside);
    Files.createDirectories(path);
    LOG.log(Level.WARNING, "Corrupt search index moved to {0}; rebuilding", aside);
  }
}
