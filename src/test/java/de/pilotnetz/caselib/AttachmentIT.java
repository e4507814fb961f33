package de.pilotnetz.caselib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Uploads are typed by their bytes, stored, text-extracted and served as downloads only. */
@ExtendWith(ArquillianExtension.class)
class AttachmentIT {
  @ArquillianResource URL base;
  Api mayor;
  long caseId;

  @BeforeEach
  void setUp() {
    URI root = new Api(base).base();
    mayor = Demo.as(root, "MAYOR");
    caseId = CaseFixtures.create(mayor, CaseFixtures.body(CaseFixtures.token())).getJsonNumber("id").longValue();
  }

  @Test
  void htmlNamedPdfIsRefused() {
    byte[] html = "<!doctype html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    Api.Res r = CaseFixtures.upload(mayor, caseId, "bericht.pdf", "application/pdf", html);
    assertEquals(415, r.status(), r::toString);
    assertTrue(r.contentType().startsWith("application/problem+json"));
    Api.Res svg = CaseFixtures.upload(mayor, caseId, "logo.png", "image/png",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
    assertEquals(415, svg.status(), svg::toString);
    assertEquals(0, mayor.get("api/cases/" + caseId).obj().getJsonArray("attachments").size());
  }

  @Test
  void realPdfIsStoredWithTextAndServedAsDownload() throws Exception {
    byte[] pdf = FileTypesTest.pdf("Leerrohrmitverlegung spart Tiefbaukosten");
    Api.Res r = CaseFixtures.upload(mayor, caseId, "Bericht Glasfaser.html", "text/html", pdf);
    assertEquals(201, r.status(), r::toString);
    assertEquals("application/pdf", r.obj().getString("contentType"), "type from the bytes, not the name");
    assertTrue(r.obj().getBoolean("textExtracted"));
    Api.Res file = mayor.get("api/attachments/" + r.obj().getJsonNumber("id").longValue());
    assertEquals(200, file.status());
    assertEquals("application/pdf", file.contentType());
    assertTrue(file.header("Content-Disposition").orElse("").startsWith("attachment;"), file.headers()::toString);
    assertEquals("nosniff", file.header("X-Content-Type-Options").orElse(""));
    assertEquals(1, mayor.get("api/cases/" + caseId).obj().getJsonArray("attachments").size());
  }

  @Test
  void docxIsRecognisedAndOthersCannotUpload() throws Exception {
    Api.Res r = CaseFixtures.upload(mayor, caseId, "notiz.pdf", "application/pdf", FileTypesTest.docx("Förderquote 80 %"));
    assertEquals(201, r.status(), r::toString);
    assertTrue(r.obj().getString("contentType").contains("wordprocessingml"));
    assertEquals(404, CaseFixtures.upload(Demo.as(mayor.base(), "EXPERT"), caseId, "a.pdf",
        "application/pdf", FileTypesTest.pdf("x")).status(), "experts do not even see the draft");
  }
}
