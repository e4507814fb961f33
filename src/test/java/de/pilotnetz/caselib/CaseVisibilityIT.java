package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each tier (and a draft) read through every path — page, list with total, revisions, diff,
 * adoptions, attachment, JSON and CSV export — by anonymous, a member of another town, a member of
 * a town the case is shared with, the case's own town, a moderator and an admin.
 */
@ExtendWith(ArquillianExtension.class)
class CaseVisibilityIT {
  @ArquillianResource URL base;

  @Test
  void everyPathHonoursEveryTier() throws IOException {
    URI root = new Api(base).base();
    String tag = CaseFixtures.token();
    long bamberg = Members.municipality(root, "Bamberg");
    Api author = Demo.as(root, "MAYOR"); // Wunsiedel
    Map<String, Api> readers = new LinkedHashMap<>();
    readers.put("anonymous", new Api(root));
    readers.put("other town", Members.create(root, "MAYOR", Members.municipality(root, "Herrenberg")).api(root));
    readers.put("shared town", Members.create(root, "STAFF", bamberg).api(root));
    readers.put("same town", Demo.as(root, "STAFF"));
    readers.put("moderator", Demo.as(root, "MODERATOR"));
    readers.put("admin", Demo.as(root, "ADMIN"));

    Map<String, Long> cases = new LinkedHashMap<>();
    cases.put("PUBLIC", CaseFixtures.published(author, tag + " öffentlich", "PUBLIC", List.of()));
    cases.put("NETWORK", CaseFixtures.published(author, tag + " Netzwerk", "NETWORK", List.of()));
    cases.put("RESTRICTED", CaseFixtures.published(author, tag + " vertraulich", "RESTRICTED", List.of(bamberg)));
    cases.put("DRAFT", CaseFixtures.create(author, CaseFixtures.body(tag + " Entwurf").add("visibility", "PUBLIC"))
        .getJsonNumber("id").longValue());
    Map<String, Long> attachments = new LinkedHashMap<>();
    byte[] pdf = FileTypesTest.pdf("Anhang " + tag);
    for (var e : cases.entrySet()) {
      Api.Res up = CaseFixtures.upload(author, e.getValue(), "bericht.pdf", "application/pdf", pdf);
      assertEquals(201, up.status(), up::toString);
      attachments.put(e.getKey(), up.obj().getJsonNumber("id").longValue());
    }
    Map<String, List<String>> expected = Map.of(
        "anonymous", List.of("PUBLIC"),
        "other town", List.of("PUBLIC", "NETWORK"),
        "shared town", List.of("PUBLIC", "NETWORK", "RESTRICTED"),
        "same town", List.of("PUBLIC", "NETWORK", "RESTRICTED", "DRAFT"),
        "moderator", List.of("PUBLIC", "NETWORK", "RESTRICTED"),
        "admin", List.of("PUBLIC", "NETWORK", "RESTRICTED", "DRAFT"));

    List<String> wrong = new ArrayList<>();
    for (var reader : readers.entrySet()) {
      Api api = reader.getValue();
      List<String> may = expected.get(reader.getKey());
      Api.Res list = api.get("api/cases?size=100&q=" + tag);
      long total = list.obj().getJsonNumber("total").longValue();
      if (total != may.size() || list.obj().getJsonArray("items").size() != may.size()) {
        wrong.add(reader.getKey() + ": list total " + total + " expected " + may.size());
      }
      String json = api.get("api/export?format=json").body();
      String csv = api.get("api/export?format=csv").body();
      for (var c : cases.entrySet()) {
        boolean visible = may.contains(c.getKey());
        int want = visible ? 200 : 404;
        String id = "api/cases/" + c.getValue();
        check(wrong, reader.getKey(), c.getKey(), "page", want, api.get(id).status());
        check(wrong, reader.getKey(), c.getKey(), "revisions", want, api.get(id + "/revisions").status());
        check(wrong, reader.getKey(), c.getKey(), "diff", want, api.get(id + "/revisions/1/diff/1").status());
        check(wrong, reader.getKey(), c.getKey(), "adoptions", want, api.get(id + "/adoptions").status());
        check(wrong, reader.getKey(), c.getKey(), "attachment", want,
            api.get("api/attachments/" + attachments.get(c.getKey())).status());
        String title = c.getKey().equals("PUBLIC") ? tag + " öffentlich" : c.getKey().equals("NETWORK")
            ? tag + " Netzwerk" : c.getKey().equals("RESTRICTED") ? tag + " vertraulich" : tag + " Entwurf";
        boolean inExport = json.contains(title);
        if (inExport != visible || csv.contains(title) != visible) {
          wrong.add(reader.getKey() + " / " + c.getKey() + ": export json " + inExport + ", csv " + csv.contains(title));
        }
      }
    }
    assertTrue(wrong.isEmpty(), "Visibility violated:\n" + String.join("\n", wrong));
  }

  private static void check(List<String> wrong, String reader, String tier, String path, int want, int got) {
    if (want != got) {
      wrong.add(reader + " / " + tier + " / " + path + ": " + got + " expected " + want);
    }
  }
}
