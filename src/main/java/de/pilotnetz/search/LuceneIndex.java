package de.pilotnetz.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * Owns the writer and the searcher manager of one index directory. Every commit records the
 * analyzer version plus what the caller passes (the change-log watermark), so a changed word list
 * or chain shows up as {@link #needsRebuild()} and a restart knows where to catch up from.
 *
 * <p>Each document carries the rebuild generation it was written in; after a rebuild has streamed
 * every document, those of older generations are the ones deleted at the source meanwhile.
 */
public final class LuceneIndex implements Closeable {

  static final String VERSION_KEY = "analyzer_version";
  private static final Logger LOG = Logger.getLogger(LuceneIndex.class.getName());

  private final GermanAnalysis analysis;
  private final DocumentMapper mapper;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final boolean needsRebuild;
  private final Map<String, String> storedCommitData;
  private volatile long generation;
  private ControlledRealTimeReopenThread<IndexSearcher> reopener;

  public LuceneIndex(Directory directory, GermanAnalysis analysis) throws IOException {
    this.analysis = analysis;
    this.mapper = new DocumentMapper(analysis);
    boolean exists = DirectoryReader.indexExists(directory);
    this.storedCommitData = exists ? storedCommitData(directory) : Map.of();
    String stored = storedCommitData.get(VERSION_KEY);
    this.needsRebuild = stored != null ? !stored.equals(analysis.version()) : exists && hasDocs(directory);
    IndexWriterConfig config = new IndexWriterConfig(analysis.indexAnalyzer());
    config.setSimilarity(Ranking.SIMILARITY);
    // Another version may index a field differently (offsets, say), and Lucene refuses to change a
    // field's options within one index: the rebuild starts from an empty one.
    config.setOpenMode(needsRebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, Ranking.searcherFactory());
    if (needsRebuild) {
      LOG.log(Level.INFO, "Search index built with {0}, analysis is now {1}: rebuild needed",
          new Object[] {stored, analysis.version()});
    }
  }

  /** True if the index was written with another analyzer version. */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** The user data of the last commit found at opening; empty for a new index. */
  public Map<String, String> storedCommitData() {
    return storedCommitData;
  }

  /**
   * Reopens searchers in the background: at most {@code maxStaleSec} after a change, sooner
   * (down to {@code minStaleSec}) when a caller waits for a generation.
   */
  public synchronized void startNearRealTime(double maxStaleSec, double minStaleSec) {
    if (reopener == null) {
      reopener = new ControlledRealTimeReopenThread<>(writer, searchers, maxStaleSec, minStaleSec);
      reopener.setName("search-index-reopen");
      reopener.setDaemon(true);
      reopener.start();
    }
  }

  /** The generation new documents are written with. */
  public void generation(long generation) {
    this.generation = generation;
  }

  /** Adds or replaces the document with the same type and id. */
  public void upsert(SearchDocument doc) throws IOException {
    Document d = mapper.toDocument(doc);
    d.add(new LongPoint(SearchFields.GENERATION, generation));
    // updateDocument deletes by the unique key and adds atomically, so readers never see both.
    writer.updateDocument(new Term(SearchFields.UID, doc.uid()), d);
  }

  public void delete(DocType type, long id) throws IOException {
    writer.deleteDocuments(new Term(SearchFields.UID, SearchDocument.uid(type, id)));
  }

  public void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Deletes every document written before {@code generation}. */
  public void deleteOlderThan(long generation) throws IOException {
    writer.deleteDocuments(
        LongPoint.newRangeQuery(SearchFields.GENERATION, Long.MIN_VALUE, generation - 1));
  }

  public int numDocs() {
    return writer.getDocStats().numDocs;
  }

  /** Makes changes durable, recording the analyzer version, and visible to new searches. */
  public void commit() throws IOException {
    commit(Map.of());
  }

  /** Like {@link #commit()}, storing {@code data} with the analyzer version in the commit. */
  public void commit(Map<String, String> data) throws IOException {
    Map<String, String> all = new HashMap<>(data);
    all.put(VERSION_KEY, analysis.version());
    writer.setLiveCommitData(all.entrySet());
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

  /** Closes without committing: only what the caller committed survives. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (reopener != null) {
        reopener.close();
      }
    }
    searchers.close();
    writer.rollback();
  }

  private static boolean hasDocs(Directory dir) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return r.numDocs() > 0;
    }
  }

  private static Map<String, String> storedCommitData(Directory dir) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      return Map.copyOf(r.getIndexCommit().getUserData());
    }
  }
}
