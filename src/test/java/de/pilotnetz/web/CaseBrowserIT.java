package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * The case library in the browser, as the demo mayor: create a case with a KPI and preview, edit
 * it, see the conflict message on a stale edit and reload, upload an attachment; axe on the list,
 * the case page and the editor.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBrowserIT {
  @ArquillianResource URL base;
  Browser browser;

  @BeforeEach
  void start() {
    browser = new Browser(Browser.loopback(base));
  }

  @AfterEach
  void noConsoleErrors() {
    try {
      List<LogEntry> errors = browser.consoleErrors();
      assertTrue(errors.isEmpty(), () -> "console errors: " + errors);
    } finally {
      browser.close();
    }
  }

  WebElement by(String id) {
    return browser.driver().findElement(By.id(id));
  }

  /**
   * Clicks through the DOM: on this long form a native click at the element's coordinates was
   * intercepted by other content in headless Chromium. Keyboard use is covered by ShellBrowserIT.
   */
  void click(WebElement el) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", el);
  }

  void awaitH1(String text) {
    browser.wait(Duration.ofSeconds(15)).until(d -> text.equals(browser.awaitHeading().getText()));
  }

  void awaitText(By by, String part) {
    browser.wait(Duration.ofSeconds(15)).until(d -> {
      List<WebElement> els = d.findElements(by);
      return !els.isEmpty() && els.get(0).getText().contains(part);
    });
  }

  void logIn() {
    browser.open("#/login");
    by("login-email").sendKeys(Demo.EMAIL.get("MAYOR"));
    by("login-password").sendKeys(Demo.PASSWORD, Keys.ENTER);
    browser.wait(Duration.ofSeconds(15)).until(d -> d.findElement(By.id("account")).getText().contains("Karin Hofmann"));
  }

  @Test
  void createEditConflictAndUpload() throws Exception {
    Axe axe = new Axe(browser.driver());
    logIn();
    String title = "Glasfaser-Pilot " + UUID.randomUUID().toString().substring(0, 6);
    browser.open("#/faelle/neu");
    awaitH1("Neuer Fall");
    axe.assertNoSeriousViolations("case editor (new)");
    by("case-title").sendKeys(title);
    by("case-summary").sendKeys("Leerrohre bei jeder Baustelle mitverlegt.");
    new Select(by("case-topic")).selectByVisibleText("Breitband");
    new Select(by("case-phase")).selectByVisibleText("Pilot");
    by("case-body").sendKeys("## Vorgehen\n**Mitverlegung** bei jeder Baustelle");
    click(browser.driver().findElement(By.xpath("//button[normalize-space()='Kennzahl hinzufügen']")));
    List<WebElement> kpi = browser.driver().findElements(By.cssSelector("#kpi-rows fieldset input"));
    kpi.get(0).sendKeys("Anschlussquote");
    kpi.get(1).sendKeys("%");
    kpi.get(2).sendKeys("12");
    kpi.get(3).sendKeys("60");
    kpi.get(4).sendKeys("48");
    click(by("preview-button"));
    awaitText(By.id("case-preview"), "Mitverlegung");
    assertEquals(1, browser.driver().findElements(By.cssSelector("#case-preview strong")).size());
    click(by("save-button"));
    awaitH1(title);
    assertTrue(browser.driver().findElement(By.cssSelector(".kpi-table")).getText().contains("Anschlussquote"));
    WebElement chart = browser.driver().findElement(By.cssSelector(".kpi-table svg[role='img']"));
    assertTrue(chart.getAttribute("aria-label").contains("Anschlussquote"), chart.getAttribute("aria-label"));
    axe.assertNoSeriousViolations("case page");
    browser.screenshot("case-page-de-1280");
    String id = browser.driver().getCurrentUrl().replaceAll(".*#/faelle/", "");

    // edit
    click(browser.driver().findElement(By.linkText("Bearbeiten")));
    awaitH1("Fall bearbeiten: " + title);
    axe.assertNoSeriousViolations("case editor (edit)");
    by("case-title").sendKeys(Keys.END, " (Stand 2026)");
    click(by("save-button"));
    awaitH1(title + " (Stand 2026)");

    // stale edit: someone saves in between
    click(browser.driver().findElement(By.linkText("Bearbeiten")));
    awaitH1("Fall bearbeiten: " + title + " (Stand 2026)");
    Api other = Demo.as(new Api(base).base(), "STAFF");
    Api.Res current = other.get("api/cases/" + id);
    String body = "{\"title\":\"" + title + " (Verwaltung)\",\"body\":\"Neu\",\"topic\":\"Breitband\",\"phase\":\"Pilot\"}";
    assertEquals(200, other.put("api/cases/" + id, body, current.header("ETag").orElseThrow()).status());
    by("case-summary").sendKeys(" Noch ein Satz.");
    click(by("save-button"));
    awaitText(By.id("editor-alert"), "inzwischen von jemand anderem geändert");
    browser.screenshot("case-conflict-de-1280");
    click(by("reload-button"));
    awaitH1("Fall bearbeiten: " + title + " (Verwaltung)");

    // upload
    Path pdf = Files.createTempFile("bericht", ".pdf");
    Files.write(pdf, de.pilotnetz.caselib.FileTypesTest.pdf("Abschlussbericht Glasfaser"));
    by("upload-file").sendKeys(pdf.toAbsolutePath().toString());
    click(by("upload-button"));
    awaitText(By.id("upload-status"), "hochgeladen");
    assertTrue(by("upload-list").getText().contains(pdf.getFileName().toString()));

    browser.open("#/faelle");
    awaitH1("Fälle");
    // the heading is drawn before the list arrives
    browser.wait(Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.linkText(title + " (Verwaltung)")).isEmpty());
    axe.assertNoSeriousViolations("case list");
    browser.open("#/faelle?kpisStale=true&sort=title");
    awaitText(By.cssSelector("main [role='status']"), "Fälle gefunden");
  }
}
