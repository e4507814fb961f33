package de.pilotnetz.search;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads search-quality/documents.json (import format) and queries.json from the classpath. */
final class QualityCorpus {

  record Judged(String id, String q, String topic, String state, Map<Integer, Integer> relevance) {}

  static List<SearchDocument> documents() {
    JsonArray arr = read("documents.json");
    List<SearchDocument> out = new ArrayList<>();
    for (int i = 0; i < arr.size(); i++) {
      out.add(toDocument(i, arr.getJsonObject(i)));
    }
    return out;
  }

  static List<Judged> queries() {
    List<Judged> out = new ArrayList<>();
    for (JsonValue v : read("queries.json")) {
      JsonObject o = v.asJsonObject();
      Map<Integer, Integer> rel = new LinkedHashMap<>();
      o.getJsonObject("judgments").forEach((k, g) -> rel.put(Integer.parseInt(k), ((jakarta.json.JsonNumber) g).intValue()));
      out.add(new Judged(o.getString("id"), o.getString("q"), o.getString("topic", null), o.getString("state", null), rel));
    }
    return out;
  }

  /** Document ids are the positions in documents.json; all are RESTRICTED to municipality 1 if so marked. */
  private static SearchDocument toDocument(long id, JsonObject o) {
    boolean isCase = o.getString("type").equals("case");
    String lessons = join(o.getString("lessonsGood", null), o.getString("lessonsBad", null));
    String kpis =
        o.containsKey("kpis")
            ? o.getJsonArray("kpis").stream().map(k -> k.asJsonObject().getString("name")).collect(Collectors.joining(", "))
            : "";
    List<String> answers =
        o.containsKey("answers")
            ? o.getJsonArray("answers").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
            : List.of();
    String visibility = o.getString("visibility", "PUBLIC");
    return new SearchDocument(
        isCase ? DocType.CASE : DocType.THREAD,
        id,
        o.getString("title"),
        o.getString("summary", null),
        join(o.getString("body"), kpis),
        lessons,
        answers.isEmpty() ? null : String.join("\n\n", answers),
        o.getJsonArray("tags").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
        o.getString("municipality", null),
        o.getString("state", null),
        o.getString("topic", null),
        o.getString("phase", null),
        o.containsKey("population") ? o.getInt("population") : null,
        isCase ? null : Boolean.FALSE,
        visibility,
        visibility.equals("RESTRICTED") ? Set.of(1L) : Set.of(),
        null,
        "Testautor",
        null,
        "/" + (isCase ? "cases" : "threads") + "/" + id);
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b;
    }
    return b == null || b.isBlank() ? a : a + "\n" + b;
  }

  private static JsonArray read(String name) {
    try (InputStream in = QualityCorpus.class.getResourceAsStream("/search-quality/" + name);
        var r = Json.createReader(in)) {
      return r.readArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
