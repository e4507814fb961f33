package de.pilotnetz.search;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A document the index refuses is left out alone (IndexerTest covers it with the grace period);
 * any other index failure fails the whole pass.
 */
class ChangeApplierTest {

  private final FakeSource cases = new FakeSource().put(1, "Eins").put(2, "Zwei");
  private final MutableClock clock = new MutableClock();

  private static List<ChangeLog.Change> changes(long... ids) {
    return Arrays.stream(ids)
        .mapToObj(id -> new ChangeLog.Change(id, DocType.CASE, id, Instant.now())).toList();
  }

  @Test
  void aClosedIndexFailsThePassInsteadOfGivingDocumentsUp() throws Exception {
    LuceneIndex index = new LuceneIndex(new ByteBuffersDirectory(), TestIndex.ANALYSIS);
    ChangeApplier applier = new ChangeApplier(index, () -> List.of(cases), clock, () -> { });
    Watermark watermark = new Watermark(0);
    index.close();
    assertThrows(AlreadyClosedException.class, () -> applier.apply(changes(1, 2), watermark));
    assertFalse(watermark.isApplied(1), "not counted as applied, so never given up as a gap");
  }
}
