package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexer against a real H2 change log and a Lucene index on disk, without the container. */
class IndexerTest {

  private static final Duration GRACE = Duration.ofSeconds(30);

  @TempDir Path tmp;
  final ChangeLogDb db = new ChangeLogDb();
  final FakeSource cases = new FakeSource();
  final MutableClock clock = new MutableClock();
  Indexer indexer;

  Path dir() {
    return tmp.resolve("index");
  }

  Indexer open(GermanAnalysis analysis) throws IOException {
    indexer = Indexer.open(dir(), analysis, db.log, () -> List.of(cases), clock, GRACE);
    return indexer;
  }

  Indexer open() throws IOException {
    return open(TestIndex.ANALYSIS);
  }

  /** Ids of all live documents, as a searcher sees them after a refresh. */
  List<Long> ids() throws IOException {
    var manager = indexer.index().searcherManager();
    manager.maybeRefreshBlocking();
    IndexSearcher s = manager.acquire();
    try {
      List<Long> out = new ArrayList<>();
      for (ScoreDoc sd : s.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
        out.add(s.storedFields().document(sd.doc).getField(SearchFields.ID).numericValue().longValue());
      }
      return out.stream().sorted().toList();
    } finally {
      manager.release(s);
    }
  }

  /** Cases 1..n with a change each in the log. */
  void changeCases(int n) {
    for (long id = 1; id <= n; id++) {
      cases.put(id, "Fall " + id);
      db.record(DocType.CASE, id);
    }
  }

  String committed(String key) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir()); DirectoryReader r = DirectoryReader.open(d)) {
      return r.getIndexCommit().getUserData().get(key);
    }
  }

  @AfterEach
  void close() throws IOException {
    if (indexer != null) {
      indexer.close();
    }
  }

  @Test
  void aMissingIndexIsBuiltFromTheSources() throws IOException {
    cases.put(1, "Glasfaser").put(2, "Bürgerportal");
    open();
    assertNotNull(indexer.rebuildReason());
    assertNotNull(indexer.notReadyReason());
    indexer.startUp();
    assertNull(indexer.notReadyReason());
    assertEquals(List.of(1L, 2L), ids());
    assertEquals("done", indexer.status().state());
    assertEquals(2, indexer.status().indexed());
  }

  @Test
  void watermarkInCommitDataSurvivesReopen() throws IOException {
    open().startUp();
    changeCases(3);
    assertEquals(3, indexer.applyChanges());
    assertEquals(3, indexer.watermark());
    indexer.close();
    assertEquals("3", committed(Indexer.WATERMARK_KEY));
    assertEquals(TestIndex.ANALYSIS.version(), committed(LuceneIndex.VERSION_KEY));

    open();
    assertNull(indexer.rebuildReason());
    assertEquals(3, indexer.watermark());
    assertEquals(List.of(1L, 2L, 3L), ids());
  }

  @Test
  void catchUpAppliesOnlyNewerChanges() throws IOException {
    open().startUp();
    cases.put(1, "Glasfaser").put(2, "Breitband");
    db.record(DocType.CASE, 1);
    db.record(DocType.CASE, 2);
    indexer.applyChanges();
    indexer.close();

    // while the node is down: case 2 deleted, case 3 added
    cases.docs.remove(2L);
    cases.put(3, "Ladesäule");
    db.record(DocType.CASE, 2);
    db.record(DocType.CASE, 3);
    cases.loaded.clear();
    open();
    assertEquals("Suchindex holt Änderungen nach", indexer.notReadyReason());
    indexer.startUp();
    assertEquals(List.of(2L, 3L), cases.loaded);
    assertEquals(List.of(1L, 3L), ids());
    assertNull(indexer.notReadyReason());
    assertEquals(4, indexer.watermark());
    assertEquals(0L, indexer.lag());
  }

  @Test
  void severalChangesOfOneDocumentLoadItOnce() throws IOException {
    open().startUp();
    cases.put(7, "Rufbus");
    db.record(DocType.CASE, 7);
    db.record(DocType.CASE, 7);
    db.record(DocType.CASE, 7);
    cases.loaded.clear();
    assertEquals(3, indexer.applyChanges());
    assertEquals(List.of(7L), cases.loaded);
  }

  @Nested
  class Gaps {
    @Test
    void aLateCommitBelowTheWatermarkIsStillApplied() throws Exception {
      open().startUp();
      cases.put(1, "Früh").put(2, "Spät");
      try (Connection slow = db.dataSource.getConnection()) {
        slow.setAutoCommit(false);
        ChangeLog.append(slow, DocType.CASE, 2); // takes seq 1, not yet committed
        db.record(DocType.CASE, 1); // seq 2, committed first
        indexer.applyChanges();
        assertEquals(List.of(1L), ids());
        assertEquals(0, indexer.watermark(), "watermark stays below the open transaction");
        slow.commit();
      }
      clock.advance(Duration.ofSeconds(1));
      indexer.applyChanges();
      assertEquals(List.of(1L, 2L), ids());
      assertEquals(2, indexer.watermark());
    }

    @Test
    void aGapOlderThanTheGracePeriodCountsAsRolledBack() throws Exception {
      open().startUp();
      cases.put(1, "Bleibt");
      try (Connection rolledBack = db.dataSource.getConnection()) {
        rolledBack.setAutoCommit(false);
        ChangeLog.append(rolledBack, DocType.CASE, 99);
        db.record(DocType.CASE, 1);
        rolledBack.rollback();
      }
      indexer.applyChanges();
      assertEquals(0, indexer.watermark());
      clock.advance(GRACE.minusSeconds(1));
      indexer.applyChanges();
      assertEquals(0, indexer.watermark());
      clock.advance(Duration.ofSeconds(1));
      indexer.applyChanges();
      assertEquals(2, indexer.watermark());
      assertEquals(List.of(1L), ids());
    }

    @Test
    void aFailedLoadIsRetriedOnTheNextPass() throws Exception {
      open().startUp();
      cases.put(1, "Wackelig").put(2, "Stabil");
      cases.failing.add(1L);
      db.record(DocType.CASE, 1);
      db.record(DocType.CASE, 2);
      indexer.applyChanges();
      assertEquals(List.of(2L), ids());
      assertEquals(0, indexer.watermark());
      cases.failing.clear();
      indexer.applyChanges();
      assertEquals(List.of(1L, 2L), ids());
      assertEquals(2, indexer.watermark());
    }

    @Test
    void aDocumentTheIndexRefusesDoesNotHoldUpTheOthers() throws Exception {
      open().startUp();
      cases.put(2, "Stabil");
      // a keyword longer than Lucene's 32,766-byte term limit
      cases.docs.put(1L, Docs.caseDoc(1, "Zu lang", "Text", "PUBLIC", java.util.Set.of(),
          "x".repeat(40_000), "Bayern"));
      db.record(DocType.CASE, 1);
      db.record(DocType.CASE, 2);
      indexer.applyChanges();
      assertEquals(List.of(2L), ids());
      assertEquals(0, indexer.watermark(), "the refused document stays a gap");
      clock.advance(GRACE);
      indexer.applyChanges();
      assertEquals(2, indexer.watermark(), "given up with the gap after the grace period");
    }

    @Test
    void afterARestartAGapRecordedLongAgoIsNotWaitedForAgain() throws Exception {
      open().startUp();
      cases.put(2, "Nach dem Absturz");
      // seq 1 was taken by a transaction that died with the killed server
      db.insert(2, DocType.CASE, 2, clock.instant().minus(GRACE).minusSeconds(5));
      indexer.applyChanges();
      assertEquals(2, indexer.watermark(), "the gap is older than the grace period already");
      assertEquals(List.of(2L), ids());
    }

    @Test
    void aFreshGapIsWaitedForEvenIfTheIndexerIsNew() throws Exception {
      open().startUp();
      cases.put(2, "Frisch");
      db.insert(2, DocType.CASE, 2, clock.instant());
      indexer.applyChanges();
      assertEquals(0, indexer.watermark(), "seq 1 may still commit");
    }

    @Test
    void theWatermarkIsCommittedBelowAGap() throws Exception {
      open().startUp();
      cases.put(1, "A").put(3, "C");
      db.insert(1, DocType.CASE, 1);
      db.insert(3, DocType.CASE, 3);
      indexer.applyChanges();
      clock.advance(Duration.ofSeconds(2));
      indexer.applyChanges();
      indexer.close();
      assertEquals("1", committed(Indexer.WATERMARK_KEY));
      indexer = null;
    }
  }

  @Test
  void anotherAnalyzerVersionTriggersARebuild() throws IOException {
    cases.put(1, "Glasfaser");
    open().startUp();
    indexer.close();

    Path lists = tmp.resolve("lists");
    Files.createDirectories(lists);
    for (String f : List.of("synonyms.txt", "compounds.txt", "stopwords.txt")) {
      Files.copy(Path.of("search-index", f), lists.resolve(f));
    }
    Files.writeString(lists.resolve("synonyms.txt"), "\nRathaus, Stadtverwaltung\n",
        java.nio.file.StandardOpenOption.APPEND);
    GermanAnalysis edited = GermanAnalysis.fromDirectory(lists);
    open(edited);
    assertTrue(indexer.rebuildReason().contains("Analyse-Version"), indexer.rebuildReason());
    cases.put(2, "Rathaus");
    indexer.startUp();
    assertEquals(List.of(1L, 2L), ids());
    indexer.close();
    assertEquals(edited.version(), committed(LuceneIndex.VERSION_KEY));
    assertNull(committed(Indexer.REBUILDING_KEY));
    indexer = null;
  }

  @Test
  void anOlderVersionIndexingFieldsOtherwiseIsRebuiltFromScratch() throws IOException {
    // as the chain before offsets in the postings wrote the body field
    try (FSDirectory d = FSDirectory.open(dir());
        org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
            new org.apache.lucene.index.IndexWriterConfig(TestIndex.ANALYSIS.indexAnalyzer()))) {
      org.apache.lucene.document.Document old = new org.apache.lucene.document.Document();
      old.add(new org.apache.lucene.document.TextField(SearchFields.BODY, "Glasfaser",
          org.apache.lucene.document.Field.Store.YES));
      w.addDocument(old);
      w.setLiveCommitData(java.util.Map.of(LuceneIndex.VERSION_KEY, "de-1-old").entrySet());
      w.commit();
    }
    cases.put(1, "Glasfaser");
    open();
    assertTrue(indexer.rebuildReason().contains("Analyse-Version"), indexer.rebuildReason());
    indexer.startUp();
    assertEquals(List.of(1L), ids());
    assertEquals(TestIndex.ANALYSIS.version(), committed(LuceneIndex.VERSION_KEY));
  }

  @Test
  void aCorruptIndexIsMovedAsideAndRebuilt() throws IOException {
    cases.put(1, "Glasfaser").put(2, "Breitband");
    open().startUp();
    indexer.close();
    Path victim;
    try (Stream<Path> files = Files.list(dir())) {
      victim = files.filter(f -> !f.getFileName().toString().startsWith("segments")
              && !f.getFileName().toString().equals("write.lock"))
          .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(victim.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }

    open();
    assertEquals(IndexDirectory.CORRUPT, indexer.rebuildReason());
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertTrue(siblings.anyMatch(p -> p.getFileName().toString().startsWith("index.corrupt-")));
    }
    indexer.startUp();
    assertEquals(List.of(1L, 2L), ids());
  }

  @Test
  void rebuildDropsDocumentsNoLongerInTheSources() throws IOException {
    cases.put(1, "Eins").put(2, "Zwei").put(3, "Drei");
    open().startUp();
    cases.docs.remove(2L);
    assertTrue(indexer.rebuild("Test"));
    assertEquals(List.of(1L, 3L), ids());
    assertFalse(indexer.isRebuilding());
  }

  @Test
  void anUnfinishedRebuildIsRedoneAtStart() throws IOException {
    cases.put(1, "Eins");
    open().startUp();
    FakeSource broken = new FakeSource() {
      @Override
      public void forEach(java.util.function.Consumer<SearchDocument> sink) {
        throw new IllegalStateException("database gone");
      }
    };
    indexer.close();
    indexer = Indexer.open(dir(), TestIndex.ANALYSIS, db.log, () -> List.of(broken), clock, GRACE);
    indexer.rebuild("Test");
    assertEquals("failed", indexer.status().state());
    indexer.close();
    assertEquals("true", committed(Indexer.REBUILDING_KEY));
    open();
    assertTrue(indexer.rebuildReason().contains("nicht abgeschlossen"), indexer.rebuildReason());
  }

  @Test
  void stoppingEndsACatchUpAfterTheDocumentAtHand() throws IOException {
    open().startUp();
    changeCases(3);
    cases.onRead = id -> indexer.stop(); // the application stops while the first one loads
    assertThrows(CancellationException.class, indexer::applyChanges);
    assertEquals(List.of(1L), cases.loaded, "no load after the stop");
    assertEquals(List.of(1L), ids());
  }

  @Test
  void stoppingEndsARebuildWhichTheNextStartDoesAgain() throws IOException {
    cases.put(1, "Fall 1").put(2, "Fall 2").put(3, "Fall 3");
    open();
    cases.onRead = id -> indexer.stop();
    indexer.startUp();
    assertEquals("stopped", indexer.status().state());
    assertEquals(0, indexer.status().indexed(), "nothing indexed once stopped");
    assertFalse(indexer.notReadyReason().startsWith("Suchindex nicht verfügbar"),
        "stopping is no failure: " + indexer.notReadyReason());
    indexer.close();
    assertEquals("true", committed(Indexer.REBUILDING_KEY));
    cases.onRead = id -> { };
    open();
    assertTrue(indexer.rebuildReason().contains("nicht abgeschlossen"), indexer.rebuildReason());
    indexer.startUp();
    assertEquals(List.of(1L, 2L, 3L), ids());
  }
}
