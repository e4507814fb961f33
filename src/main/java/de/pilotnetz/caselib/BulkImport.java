package de.pilotnetz.caselib;

import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.Problem;
import de.pilotnetz.platform.errors.ProblemException;
import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bulk import: a JSON array streamed item by item (only one item is in memory at a time),
 * each checked by the {@link ImportHandler} of its "type", valid ones stored in batches of 500,
 * each batch in its own transaction. Not transactional itself: a failure late in a large file
 * keeps what was stored before it. Progress is logged every 10,000 items.
 */
@ApplicationScoped
public class BulkImport {
  private static final Logger LOG = Logger.getLogger(BulkImport.class.getName());
  static final int BATCH = 500;
  static final int MAX_REPORTED = 10_000;

  @Inject Access access;
  @Inject Instance<ImportHandler> handlers;

  private record Checked(long index, Object item) {}

  public ImportResult run(InputStream body) {
    long admin = access.admin().memberId();
    Map<String, ImportHandler> byType = new HashMap<>();
    handlers.forEach(h -> byType.put(h.type(), h));
    Map<ImportHandler, List<Checked>> pending = new LinkedHashMap<>();
    List<ImportResult.Failure> failed = new ArrayList<>();
    long[] counts = new long[2]; // imported, failed
    long index = 0;
    long start = System.nanoTime();
    try (JsonParser p = Json.createParser(body)) {
      if (!p.hasNext() || p.next() != JsonParser.Event.START_ARRAY) {
        throw new InvalidInput("body", "Erwartet wird ein JSON-Array von Einträgen.");
      }
      while (p.hasNext()) {
        JsonParser.Event ev = p.next();
        if (ev == JsonParser.Event.END_ARRAY) {
          break;
        }
        JsonValue v = p.getValue();
        try {
          if (!(v instanceof JsonObject o)) {
            throw new InvalidInput("type", "Ein Eintrag ist ein JSON-Objekt.");
          }
          ImportHandler h = handler(byType, o);
          List<Checked> list = pending.computeIfAbsent(h, k -> new ArrayList<>());
          list.add(new Checked(index, h.check(o)));
          if (list.size() >= BATCH) {
            store(h, list, admin, failed, counts);
            list.clear();
          }
        } catch (ProblemException e) {
          fail(failed, counts, index, e);
        }
        index++;
        if (index % 10_000 == 0) {
          long n = index;
          LOG.info(() -> String.format("Import: %d items read, %d stored, %d failed, %d s", n, counts[0],
              counts[1], (System.nanoTime() - start) / 1_000_000_000L));
        }
      }
    } catch (JsonParsingException e) {
      flushAll(pending, admin, failed, counts);
      throw new InvalidInput("body", "Kein gültiges JSON nach Eintrag " + index + ": " + e.getMessage()
          + " (" + counts[0] + " Einträge davor wurden gespeichert)");
    } catch (JsonException e) {
      throw new InvalidInput("body", "Der Inhalt ist kein lesbares JSON.");
    } catch (ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      // The parser's own limits (e.g. nesting deeper than 1,000) end the import like bad JSON.
      flushAll(pending, admin, failed, counts);
      throw new InvalidInput("body", "Der Inhalt ist ab Eintrag " + index + " nicht lesbar (" + e.getMessage()
          + "); " + counts[0] + " Einträge davor wurden gespeichert.");
    }
    flushAll(pending, admin, failed, counts);
    long total = index;
    LOG.info(() -> String.format("Import finished: %d items, %d stored, %d failed in %d ms", total,
        counts[0], counts[1], (System.nanoTime() - start) / 1_000_000));
    return new ImportResult(counts[0], counts[1], failed);
  }

  private static ImportHandler handler(Map<String, ImportHandler> byType, JsonObject o) {
    String type = o.get("type") instanceof jakarta.json.JsonString s ? s.getString() : null;
    if (type == null) {
      throw new InvalidInput("type", "fehlt: \"case\" oder \"thread\"");
    }
    ImportHandler h = byType.get(type);
    if (h == null) {
      throw new InvalidInput("type", "Unbekannter Typ \"" + type + "\"");
    }
    return h;
  }

  private void flushAll(Map<ImportHandler, List<Checked>> pending, long admin,
      List<ImportResult.Failure> failed, long[] counts) {
    pending.forEach((h, list) -> {
      if (!list.isEmpty()) {
        store(h, list, admin, failed, counts);
        list.clear();
      }
    });
  }

  private void store(ImportHandler h, List<Checked> list, long admin, List<ImportResult.Failure> failed,
      long[] counts) {
    try {
      h.store(list.stream().map(Checked::item).toList(), admin);
      counts[0] += list.size();
    } catch (RuntimeException batchFailure) {
      LOG.log(Level.FINE, "Import batch failed, retrying one by one", batchFailure);
      for (Checked c : list) {
        try {
          h.store(List.of(c.item()), admin);
          counts[0]++;
        } catch (ProblemException e) {
          fail(failed, counts, c.index(), e);
        } catch (RuntimeException e) {
          fail(failed, counts, c.index(), new InvalidInput("item", "konnte nicht gespeichert werden"));
          LOG.log(Level.WARNING, "Import item " + c.index() + " could not be stored", e);
        }
      }
    }
  }

  private static void fail(List<ImportResult.Failure> failed, long[] counts, long index, ProblemException e) {
    counts[1]++;
    if (failed.size() >= MAX_REPORTED) {
      return;
    }
    List<Problem.FieldError> errors = e.problem().errors();
    if (errors == null || errors.isEmpty()) {
      failed.add(new ImportResult.Failure(index, "item", e.getMessage()));
    } else {
      Problem.FieldError first = errors.get(0);
      failed.add(new ImportResult.Failure(index, first.field(), first.message()));
    }
  }
}
