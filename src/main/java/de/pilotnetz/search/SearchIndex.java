package de.pilotnetz.search;

import de.pilotnetz.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.logging.Logger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** The one Lucene index writer of this node, opened at start under {@code PILOTNETZ_INDEX_DIR}. */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndex {
  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  @Inject Settings settings;

  private FSDirectory directory;
  private IndexWriter writer;

  @PostConstruct
  void open() {
    try {
      Files.createDirectories(settings.indexDir());
      directory = FSDirectory.open(settings.indexDir());
      writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()));
      writer.commit();
      LOG.info(() -> "Search index open at " + settings.indexDir().toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + settings.indexDir(), e);
    }
  }

  /** Null when the index is usable, else why not. */
  public String notReadyReason() {
    return writer != null && writer.isOpen() ? null : "Suchindex ist nicht geöffnet";
  }

  @PreDestroy
  void close() {
    try {
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      LOG.warning("Closing the search index failed: " + e.getMessage());
    }
  }
}
