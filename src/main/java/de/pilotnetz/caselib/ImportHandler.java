package de.pilotnetz.caselib;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * Stores one "type" of item of the bulk import ({@code POST /api/admin/import}). Implementations
 * are CDI beans found by {@link #type()}; the case library registers "case". A feature that
 * lands later (questions: "thread") adds its own handler and nothing here changes; until then its
 * items are reported as failed.
 */
public interface ImportHandler {

  /** The value of the item's "type" field this handler takes. */
  String type();

  /**
   * Checks one item without storing anything and answers what {@link #store} needs. Throws
   * {@code InvalidInput} naming the field when the item is invalid.
   */
  Object check(JsonObject item);

  /**
   * Stores checked items (at most 500) in one transaction of its own. If it throws, the import
   * retries the items one by one, so that one bad item does not take its batch with it.
   */
  void store(List<Object> checked, long importedBy);
}
