package de.pilotnetz.caselib;

import de.pilotnetz.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Export of what the caller may read, in the import's exchange format (JSON) or as CSV. Streams in
 * chunks of 200 cases, each read in its own transaction, so memory stays flat.
 */
@ApplicationScoped
public class ExportService {
  static final List<String> CSV_COLUMNS = List.of("id", "title", "summary", "municipality", "state",
      "population", "topic", "phase", "visibility", "status", "tags", "partners", "kpis",
      "lessonsGood", "lessonsBad", "updatedAt");

  @Inject Access access;
  @Inject CaseRepository repo;
  @Inject CaseViews views;
  @Inject ExportService self;

  /** The caller's read scope, taken before streaming starts. */
  public Access.ReadScope scope() {
    return access.readScope();
  }

  @Transactional
  public long chunk(Access.ReadScope scope, long after, Consumer<CaseRecord> each) {
    List<CaseRecord> cases = repo.after(scope, after, 200);
    cases.forEach(each);
    return cases.isEmpty() ? -1 : cases.get(cases.size() - 1).id();
  }

  public void json(Access.ReadScope scope, OutputStream out) {
    try (JsonGenerator g = Json.createGenerator(out)) {
      g.writeStartArray();
      long after = 0;
      while ((after = self.chunk(scope, after, c -> g.write(exchange(c).build()))) >= 0) {
        g.flush();
      }
      g.writeEnd();
    }
  }

  JsonObjectBuilder exchange(CaseRecord c) {
    CaseView.Place p = views.place(c.municipalityId());
    JsonObjectBuilder o = Json.createObjectBuilder().add("type", "case").add("id", c.id())
        .add("title", c.title()).add("summary", nz(c.summary())).add("body", c.body())
        .add("municipality", p.name()).add("state", p.state()).add("population", p.population())
        .add("topic", nz(c.topic())).add("phase", c.phase().label())
        .add("tags", Json.createArrayBuilder(c.tags().stream().sorted().toList()))
        .add("lessonsGood", nz(c.lessonsGood())).add("lessonsBad", nz(c.lessonsBad()))
        .add("visibility", c.visibility().name()).add("status", c.status().name());
    var kpis = Json.createArrayBuilder();
    for (Kpi k : c.kpis()) {
      JsonObjectBuilder kb = Json.createObjectBuilder().add("name", k.name());
      if (k.unit() != null) kb.add("unit", k.unit());
      if (k.baseline() != null) kb.add("baseline", k.baseline());
      if (k.target() != null) kb.add("target", k.target());
      if (k.actual() != null) kb.add("actual", k.actual());
      if (k.measuredAt() != null) kb.add("measuredAt", k.measuredAt().toString());
      kpis.add(kb);
    }
    o.add("kpis", kpis);
    var partners = Json.createArrayBuilder();
    c.partners().forEach(x -> partners.add(Json.createObjectBuilder().add("name", x.name()).add("vendor", x.vendor())));
    o.add("partners", partners);
    if (c.startDate() != null) o.add("startDate", c.startDate().toString());
    if (c.endDate() != null) o.add("endDate", c.endDate().toString());
    if (c.budget() != null) o.add("budget", c.budget());
    if (c.fundingProgramme() != null) o.add("fundingProgramme", c.fundingProgramme());
    if (c.fundingRate() != null) o.add("fundingRate", c.fundingRate());
    return o;
  }

  public void csv(Access.ReadScope scope, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write('\ufeff'); // so that spreadsheet programs read UTF-8
      w.write(String.join(",", CSV_COLUMNS) + "\r\n");
      long after = 0;
      while ((after = self.chunk(scope, after, c -> row(w, c))) >= 0) {
        w.flush();
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(Writer w, CaseRecord c) {
    CaseView.Place p = views.place(c.municipalityId());
    List<Object> v = List.of(c.id(), c.title(), nz(c.summary()), p.name(), p.state(), p.population(),
        nz(c.topic()), c.phase().label(), c.visibility().name(), c.status().name(),
        String.join("; ", c.tags().stream().sorted().toList()),
        c.partners().stream().map(x -> x.name() + (x.vendor() ? " (Anbieter)" : "")).collect(Collectors.joining("; ")),
        c.kpis().stream().map(k -> k.name() + ": " + num(k.baseline()) + " → " + num(k.target()) + " → "
            + num(k.actual()) + (k.unit() == null ? "" : " " + k.unit())).collect(Collectors.joining("; ")),
        nz(c.lessonsGood()), nz(c.lessonsBad()), c.updatedAt().toString());
    try {
      w.write(v.stream().map(x -> csvField(String.valueOf(x))).collect(Collectors.joining(",")) + "\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * RFC 4180 quoting (every field quoted, quotes doubled). Text starting with = + - @ gets a
   * leading apostrophe, so that a spreadsheet does not run it as a formula.
   */
  static String csvField(String s) {
    String t = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return "\"" + t.replace("\"", "\"\"") + "\"";
  }

  private static String num(BigDecimal d) {
    return d == null ? "–" : d.toPlainString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
