package de.pilotnetz.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Owns the writer and the searcher manager of one index directory. The analyzer version is kept in
 * the commit data, so a changed word list or chain shows up as {@link #needsRebuild()}.
 */
public final class LuceneIndex implements Closeable {

  static final String VERSION_KEY = "analyzer_version";
  private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());

  private final GermanAnalysis analysis;
  private final DocumentMapper mapper = new DocumentMapper();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean needsRebuild;

  public LuceneIndex(Directory directory, GermanAnalysis analysis) throws IOException {
    this.analysis = analysis;
    String stored = DirectoryReader.indexExists(directory) ? storedVersion(directory) : null;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()));
    this.needsRebuild = stored != null ? !stored.equals(analysis.version()) : writer.getDocStats().numDocs > 0;
    this.searchers = new SearcherManager(writer, null);
    if (needsRebuild) {
      LOG.log(java.util.logging.Level.INFO, "Search index built with {0}, analysis is now {1}: rebuild needed",
          new Object[] {stored, analysis.version()});
    }
  }

  /** True if the index was written with another analyzer version. */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** Adds or replaces the document with the same type and id. */
  public void upsert(SearchDocument doc) throws IOException {
    // updateDocument deletes by the unique key and adds atomically, so readers never see both.
    writer.updateDocument(new Term(SearchFields.UID, doc.uid()), mapper.toDocument(doc));
  }

  public void delete(DocType type, long id) throws IOException {
    writer.deleteDocuments(new Term(SearchFields.UID, SearchDocument.uid(type, id)));
  }

  public void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes changes durable, recording the analyzer version, and visible to new searches. */
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(VERSION_KEY, analysis.version()).entrySet());
    writer.commit();
    searchers.maybeRefresh();
  }

  /** Makes changes visible without a commit. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  public SearcherManager searcherManager() {
    return searchers;
  }

  public DocumentMapper mapper() {
    return mapper;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }

  private static String storedVersion(Directory dir) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return r.getIndexCommit().getUserData().get(VERSION_KEY);
    }
  }
}
