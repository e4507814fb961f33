package de.pilotnetz.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Api.Res;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.Members;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class ProfileAndGdprIT {

  @ArquillianResource URL base;

  @Test
  void expertEditsProfileAndMustDiscloseAffiliation() {
    Api anon = new Api(base);
    Members.Created expert = Members.create(anon.base(), "EXPERT", null);
    Api me = expert.api(anon.base());
    Res missing = me.put("api/me", "{\"displayName\":\"Test Expertin\",\"affiliation\":\"\"}", null);
    assertEquals(400, missing.status(), missing::toString);
    assertEquals("affiliation", missing.obj().getJsonArray("errors").getJsonObject(0).getString("field"));
    Res unknownTopic = me.put("api/me", "{\"displayName\":\"Test Expertin\",\"affiliation\":\"X GmbH\",\"topics\":[\"Raumfahrt\"]}", null);
    assertEquals(400, unknownTopic.status(), unknownTopic::toString);
    Res ok = me.put("api/me", "{\"displayName\":\"Test Expertin\",\"affiliation\":\"Netzplan GmbH\","
        + "\"topics\":[\"breitband\",\"Energie\"],\"language\":\"en\",\"emailFrequency\":\"DAILY\",\"bio\":\"Glasfaser seit 2010\"}", null);
    assertEquals(200, ok.status(), ok::toString);
    assertEquals("en", ok.obj().getString("language"));
    assertEquals("[\"Breitband\",\"Energie\"]", ok.obj().getJsonArray("topics").toString());
    // Others see the disclosure, not the e-mail.
    JsonObject seen = Demo.as(anon.base(), "MAYOR").get("api/members/" + expert.id()).obj();
    assertEquals("Netzplan GmbH", seen.getString("affiliation"));
    assertFalse(seen.containsKey("email"));
  }

  @Test
  void directoryFiltersByRoleStateAndTopic() {
    Api mayor = Demo.as(new Api(base).base(), "MAYOR");
    Res experts = mayor.get("api/members?role=EXPERT&topic=Breitband");
    assertEquals(200, experts.status(), experts::toString);
    assertTrue(experts.body().contains("Dr. Miriam Schulte"), experts::toString);
    assertTrue(experts.arr().stream().allMatch(v -> v.asJsonObject().getJsonArray("roles").toString().contains("EXPERT")));
    Res bavarians = mayor.get("api/members?state=Bayern");
    assertTrue(bavarians.body().contains("Karin Hofmann") && !bavarians.body().contains("Martin Keller"), bavarians::toString);
    assertEquals(400, mayor.get("api/members?role=KOENIG").status());
    assertEquals(400, mayor.get("api/members?size=1000").status());
    assertEquals(401, new Api(base).get("api/members").status());
  }

  @Test
  void exportContainsMyDataAndErasureKeepsAPseudonymAndRevokesAccess() {
    Api anon = new Api(base);
    long wunsiedel = Members.municipality(anon.base(), "Wunsiedel");
    Members.Created staff = Members.create(anon.base(), "STAFF", wunsiedel);
    Api me = staff.api(anon.base());
    Res export = me.get("api/me/export");
    assertEquals(200, export.status(), export::toString);
    assertEquals(staff.email(), export.obj().getJsonObject("profile").getString("email"));

    Api admin = Demo.as(anon.base(), "ADMIN");
    assertEquals(204, admin.delete("api/admin/members/" + staff.id()).status());
    assertEquals(401, me.get("api/me").status(), "sessions and tokens are revoked");
    JsonObject pseudonym = admin.get("api/members/" + staff.id()).obj();
    assertEquals("Ehemaliges Mitglied", pseudonym.getString("displayName"));
    assertTrue(pseudonym.getBoolean("erased"));
    assertFalse(admin.get("api/municipalities/" + wunsiedel + "/members").body().contains(staff.email()));
    assertEquals(401, anon.post("api/auth/login", AuthIT.login(staff.email(), staff.password())).status());
    assertTrue(admin.get("api/admin/audit?action=MEMBER_ERASED").body().contains("member:" + staff.id()));
    assertEquals(409, admin.delete("api/admin/members/" + staff.id()).status());
  }

  @Test
  void adminVerifiesAndChangesRoles() {
    Api anon = new Api(base);
    Members.Created expert = Members.create(anon.base(), "EXPERT", null);
    Api admin = Demo.as(anon.base(), "ADMIN");
    Res v = admin.put("api/admin/members/" + expert.id() + "/verification", "{\"verified\":true}", null);
    assertEquals(200, v.status(), v::toString);
    assertTrue(v.obj().getBoolean("verified"));
    Res noTown = admin.put("api/admin/members/" + expert.id() + "/roles", "{\"roles\":[\"MAYOR\"]}", null);
    assertEquals(400, noTown.status(), noTown::toString);
    Res mod = admin.put("api/admin/members/" + expert.id() + "/roles", "{\"roles\":[\"EXPERT\",\"MODERATOR\"]}", null);
    assertEquals(200, mod.status(), mod::toString);
    assertTrue(admin.get("api/admin/audit?action=ROLES_CHANGED").body().contains("member:" + expert.id()));
  }

  @Test
  void municipalityPageListsMembersAndSimilarTownsWithReasons() {
    Api mayor = Demo.as(new Api(base).base(), "MAYOR");
    long wunsiedel = Members.municipality(mayor.base(), "Wunsiedel");
    assertTrue(mayor.get("api/municipalities/" + wunsiedel + "/members").body().contains("Karin Hofmann"));
    Res similar = mayor.get("api/municipalities/" + wunsiedel + "/similar");
    assertEquals(200, similar.status(), similar::toString);
    JsonObject first = similar.arr().getJsonObject(0);
    assertTrue(first.getString("reason").contains("gleiches Land") || first.getString("reason").contains("Größe"), first::toString);
    assertFalse(similar.body().contains("\"name\":\"Wunsiedel\""), "a town is not similar to itself");
    assertEquals(404, mayor.get("api/municipalities/999999/similar").status());
  }
}
