package de.pilotnetz.caselib;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares two snapshots field by field; text fields as line diffs. */
final class RevisionDiff {
  static final Set<String> TEXT = Set.of("title", "summary", "body", "lessonsGood", "lessonsBad");

  private RevisionDiff() {}

  static DiffView between(int a, int b, JsonObject from, JsonObject to) {
    List<DiffView.FieldChange> changes = new ArrayList<>();
    for (String field : to.keySet()) {
      JsonValue x = from.getOrDefault(field, JsonValue.NULL);
      JsonValue y = to.get(field);
      if (Objects.equals(x, y)) {
        continue;
      }
      if (TEXT.contains(field)) {
        changes.add(new DiffView.FieldChange(field, "text", LineDiff.diff(text(x), text(y)), null, null));
      } else {
        changes.add(new DiffView.FieldChange(field, "value", null, shown(x), shown(y)));
      }
    }
    return new DiffView(a, b, changes);
  }

  private static String shown(JsonValue v) {
    return v == JsonValue.NULL ? null : v instanceof JsonString s ? s.getString() : v.toString();
  }

  private static String text(JsonValue v) {
    return v instanceof JsonString s ? s.getString() : "";
  }
}
