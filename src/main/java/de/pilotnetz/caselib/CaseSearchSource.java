package de.pilotnetz.caselib;

import de.pilotnetz.search.DocType;
import de.pilotnetz.search.SearchDocument;
import de.pilotnetz.search.SearchDocumentSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Published cases for the search index. Drafts and deleted cases are not searchable: loading them
 * answers empty, which removes them from the index. KPI names, partners and the text of
 * attachments are searched as part of the body.
 */
@ApplicationScoped
public class CaseSearchSource implements SearchDocumentSource {

  @Inject CaseService cases;

  @Override
  public DocType type() {
    return DocType.CASE;
  }

  @Override
  public Optional<SearchDocument> load(long id) {
    return cases.searchData(id).filter(CaseSearchSource::searchable).map(CaseSearchSource::document);
  }

  @Override
  public void forEach(Consumer<SearchDocument> sink) {
    cases.forEachSearchData(d -> {
      if (searchable(d)) {
        sink.accept(document(d));
      }
    });
  }

  static boolean searchable(CaseSearchData d) {
    return d.published() && !d.deleted();
  }

  static SearchDocument document(CaseSearchData d) {
    List<String> body = new ArrayList<>();
    body.add(d.body());
    if (!d.kpiNames().isEmpty()) {
      body.add("Kennzahlen: " + String.join(", ", d.kpiNames()));
    }
    if (!d.partners().isEmpty()) {
      body.add("Partner: " + String.join(", ", d.partners()));
    }
    if (d.attachmentText() != null && !d.attachmentText().isBlank()) {
      body.add(d.attachmentText());
    }
    String lessons = String.join("\n\n", nonNull(d.lessonsGood()), nonNull(d.lessonsBad())).strip();
    return new SearchDocument(DocType.CASE, d.id(), d.title(), d.summary(),
        String.join("\n\n", body.stream().filter(s -> s != null && !s.isBlank()).toList()),
        lessons, null, d.tags(), d.municipalityName(), d.state(), d.topic(), d.phase(), d.population(),
        null, d.visibility(), Set.copyOf(d.allowedMunicipalityIds()), null, null, d.updatedAt(), d.url());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
