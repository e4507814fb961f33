package de.pilotnetz.caselib;

import de.pilotnetz.platform.security.Visibility;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Case content to a JSON snapshot and back: the whole editable state of one revision. */
final class Snapshots {
  private Snapshots() {}

  static String write(CaseContent c, CaseStatus status) {
    return toJson(c, status).toString();
  }

  static JsonObject toJson(CaseContent c, CaseStatus status) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    for (Map.Entry<String, Object> e : c.fields().entrySet()) {
      o.add(e.getKey(), value(e.getValue()));
    }
    o.add("status", status.name());
    return o.build();
  }

  private static JsonValue value(Object v) {
    if (v == null) {
      return JsonValue.NULL;
    }
    if (v instanceof BigDecimal d) {
      return Json.createValue(d);
    }
    if (v instanceof Long l) {
      return Json.createValue(l);
    }
    if (v instanceof List<?> list) {
      JsonArrayBuilder a = Json.createArrayBuilder();
      for (Object item : list) {
        if (item instanceof KpiInput k) {
          a.add(Json.createObjectBuilder().add("name", k.name()).add("unit", value(k.unit()))
              .add("baseline", value(k.baseline())).add("target", value(k.target()))
              .add("actual", value(k.actual())).add("measuredAt", value(k.measuredAt())));
        } else if (item instanceof PartnerInput p) {
          a.add(Json.createObjectBuilder().add("name", p.name()).add("vendor", p.vendor()));
        } else {
          a.add(value(item));
        }
      }
      return a.build();
    }
    return Json.createValue(v.toString()); // strings, enums, dates
  }

  static JsonObject parse(String snapshot) {
    try (var r = Json.createReader(new StringReader(snapshot))) {
      return r.readObject();
    }
  }

  static CaseStatus status(JsonObject o) {
    return CaseStatus.valueOf(o.getString("status"));
  }

  static CaseContent read(JsonObject o) {
    return new CaseContent(str(o, "title"), str(o, "summary"), str(o, "body"), str(o, "topic"),
        Phase.valueOf(o.getString("phase")), date(o, "startDate"), date(o, "endDate"),
        num(o, "budget"), str(o, "fundingProgramme"), num(o, "fundingRate"),
        o.getJsonArray("partners").stream().map(JsonValue::asJsonObject)
            .map(p -> new PartnerInput(p.getString("name"), p.getBoolean("vendor"))).toList(),
        o.isNull("contactId") ? null : o.getJsonNumber("contactId").longValue(),
        o.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString).toList(),
        str(o, "lessonsGood"), str(o, "lessonsBad"),
        o.getJsonArray("kpis").stream().map(JsonValue::asJsonObject)
            .map(k -> new KpiInput(k.getString("name"), str(k, "unit"), num(k, "baseline"),
                num(k, "target"), num(k, "actual"), date(k, "measuredAt"))).toList(),
        Visibility.valueOf(o.getString("visibility")),
        o.getJsonArray("sharedWith").getValuesAs(JsonNumber.class).stream()
            .map(JsonNumber::longValue).toList());
  }

  private static String str(JsonObject o, String k) {
    return !o.containsKey(k) || o.isNull(k) ? null : o.getString(k);
  }

  private static BigDecimal num(JsonObject o, String k) {
    return !o.containsKey(k) || o.isNull(k) ? null : o.getJsonNumber(k).bigDecimalValue();
  }

  private static LocalDate date(JsonObject o, String k) {
    return !o.containsKey(k) || o.isNull(k) ? null : LocalDate.parse(o.getString(k));
  }
}
