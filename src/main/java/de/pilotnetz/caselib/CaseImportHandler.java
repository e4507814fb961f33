package de.pilotnetz.caselib;

import de.pilotnetz.municipality.State;
import de.pilotnetz.platform.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Items of type "case" in the exchange format. Required: title, body, municipality, state; the
 * rest is optional (phase defaults to Abgeschlossen, visibility to NETWORK, topic may be missing).
 * Imported cases are published at once, authored by the importing admin.
 */
@ApplicationScoped
class CaseImportHandler implements ImportHandler {
  @Inject CaseInputs inputs;
  @Inject CaseService cases;

  /** A checked item: content plus where it belongs. */
  record Item(CaseContent content, String municipality, String state, int population) {}

  @Override
  public String type() {
    return "case";
  }

  @Override
  public Object check(JsonObject o) {
    String municipality = str(o, "municipality");
    String state = str(o, "state");
    if (municipality == null || municipality.isBlank()) {
      throw new InvalidInput("municipality", "fehlt");
    }
    if (state == null || State.parse(state).isEmpty()) {
      throw new InvalidInput("state", "Unbekanntes oder fehlendes Bundesland, z. B. \"Bayern\".");
    }
    int population = 0;
    if (o.containsKey("population") && !o.isNull("population")) {
      BigDecimal p = num(o, "population");
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(4_000_000)) > 0) {
        throw new InvalidInput("population", "liegt zwischen 0 und 4.000.000");
      }
      population = p.intValue();
    }
    List<KpiInput> kpis = new ArrayList<>();
    for (JsonObject k : objects(o, "kpis")) {
      kpis.add(new KpiInput(str(k, "name"), str(k, "unit"), num(k, "baseline"), num(k, "target"),
          num(k, "actual"), date(k, "measuredAt", "kpis")));
    }
    List<PartnerInput> partners = new ArrayList<>();
    for (JsonObject p : objects(o, "partners")) {
      partners.add(new PartnerInput(str(p, "name"), p.getBoolean("vendor", false)));
    }
    String phase = str(o, "phase");
    SaveCase cmd = new SaveCase(str(o, "title"), str(o, "summary"), str(o, "body"), str(o, "topic"),
        phase == null ? Phase.ABGESCHLOSSEN.label() : phase, date(o, "startDate", "startDate"),
        date(o, "endDate", "endDate"), num(o, "budget"), str(o, "fundingProgramme"),
        num(o, "fundingRate"), partners, null, strings(o, "tags"), str(o, "lessonsGood"),
        str(o, "lessonsBad"), kpis, str(o, "visibility"), List.of(), null);
    Set<String> optional = new HashSet<>();
    if (cmd.topic() == null) {
      optional.add("topic");
    }
    inputs.validate(cmd, optional);
    CaseContent content = inputs.content(cmd);
    if (content.visibility() == de.pilotnetz.platform.security.Visibility.RESTRICTED) {
      throw new InvalidInput("visibility", "RESTRICTED wird nicht importiert (keine freigegebenen Kommunen im Austauschformat).");
    }
    return new Item(content, municipality.trim(), state, population);
  }

  @Override
  public void store(List<Object> checked, long importedBy) {
    cases.importBatch(checked.stream().map(Item.class::cast).toList(), importedBy);
  }

  private static String str(JsonObject o, String k) {
    JsonValue v = o.get(k);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonString s)) {
      throw new InvalidInput(k, "muss Text sein");
    }
    return s.getString();
  }

  private static BigDecimal num(JsonObject o, String k) {
    JsonValue v = o.get(k);
    if (v == null || v == JsonValue.NULL) {
      return null;
    }
    if (!(v instanceof JsonNumber n)) {
      throw new InvalidInput(k, "muss eine Zahl sein");
    }
    return n.bigDecimalValue();
  }

  private static LocalDate date(JsonObject o, String k, String field) {
    String s = str(o, k);
    try {
      return s == null ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(field, "Datum im Format JJJJ-MM-TT");
    }
  }

  private static List<JsonObject> objects(JsonObject o, String k) {
    JsonValue v = o.get(k);
    if (v == null || v == JsonValue.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a) || a.stream().anyMatch(x -> !(x instanceof JsonObject))) {
      throw new InvalidInput(k, "muss eine Liste von Objekten sein");
    }
    return a.getValuesAs(JsonObject.class);
  }

  private static List<String> strings(JsonObject o, String k) {
    JsonValue v = o.get(k);
    if (v == null || v == JsonValue.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a) || a.stream().anyMatch(x -> !(x instanceof JsonString))) {
      throw new InvalidInput(k, "muss eine Liste von Texten sein");
    }
    return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }
}
