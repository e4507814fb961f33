package de.pilotnetz.thread;

import de.pilotnetz.caselib.ImportHandler;
import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.security.Visibility;
import de.pilotnetz.topic.TopicService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Items of type "thread" in the bulk import: a question with its answers, authored by the
 * importing admin. Required: title and body. Without a topic the question goes under the first
 * topic of the list; visibility defaults to NETWORK (RESTRICTED needs named towns, which the
 * exchange format does not carry).
 */
@ApplicationScoped
class ThreadImportHandler implements ImportHandler {
  @Inject ThreadService threads;
  @Inject TopicService topics;

  record Item(String title, String body, String topic, List<String> tags, List<String> answers,
      Visibility visibility) {}

  @Override
  public String type() {
    return "thread";
  }

  @Override
  public Object check(JsonObject o) {
    String title = text(o, "title", 200, true);
    String body = text(o, "body", 50_000, true);
    String topic = text(o, "topic", 100, false);
    String canonical = topic == null ? topics.names().get(0) : topics.require("topic", topic);
    String vis = text(o, "visibility", 20, false);
    Visibility visibility = Visibility.NETWORK;
    if (vis != null) {
      try {
        visibility = Visibility.valueOf(vis.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("visibility", "PUBLIC oder NETWORK");
      }
      if (visibility == Visibility.RESTRICTED) {
        throw new InvalidInput("visibility", "RESTRICTED braucht benannte Kommunen; importieren Sie PUBLIC oder NETWORK");
      }
    }
    return new Item(title, body, canonical, strings(o, "tags", 100), strings(o, "answers", 50_000), visibility);
  }

  @Override
  @Transactional
  public void store(List<Object> checked, long importedBy) {
    for (Object c : checked) {
      Item i = (Item) c;
      threads.importThread(i.title(), i.body(), i.topic(), i.tags(), i.answers(), i.visibility());
    }
  }

  private static String text(JsonObject o, String key, int max, boolean required) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      if (required) {
        throw new InvalidInput(key, "fehlt");
      }
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new InvalidInput(key, "muss Text sein");
    }
    String t = s.getString();
    if (required && t.isBlank()) {
      throw new InvalidInput(key, "darf nicht leer sein");
    }
    if (t.length() > max) {
      throw new InvalidInput(key, "höchstens " + max + " Zeichen");
    }
    return t;
  }

  private static List<String> strings(JsonObject o, String key, int max) {
    JsonValue v = o.get(key);
    if (v == null || v == JsonValue.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw new InvalidInput(key, "muss eine Liste von Texten sein");
    }
    List<String> out = new ArrayList<>();
    for (JsonValue e : a) {
      if (!(e instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > max) {
        throw new InvalidInput(key, "muss eine Liste nicht leerer Texte sein");
      }
      out.add(s.getString());
    }
    return out;
  }
}
