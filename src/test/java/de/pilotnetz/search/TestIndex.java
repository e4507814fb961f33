package de.pilotnetz.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;

/** An in-memory index over given documents, with a searcher on top. */
final class TestIndex implements AutoCloseable {

  static final GermanAnalysis ANALYSIS = GermanAnalysis.fromDirectory(Path.of("search-index"));

  final LuceneIndex index;
  final Searcher searcher;

  TestIndex(List<SearchDocument> docs) {
    try {
      index = new LuceneIndex(new ByteBuffersDirectory(), ANALYSIS);
      for (SearchDocument d : docs) {
        index.upsert(d);
      }
      index.commit();
      searcher = new Searcher(index.searcherManager(), ANALYSIS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  SearchResult search(String q, Viewer viewer) {
    return search(SearchRequest.of(q), viewer);
  }

  SearchResult search(SearchRequest r, Viewer viewer) {
    try {
      return searcher.search(r, viewer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    index.close();
  }
}
