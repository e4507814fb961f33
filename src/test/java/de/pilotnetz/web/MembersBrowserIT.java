package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import de.pilotnetz.testing.MailSink;
import de.pilotnetz.testing.Members;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * Journeys through the member UI: login and logout, invitation acceptance, profile editing with
 * language switch and API token, and axe on every member page. Logs in through the form in its own
 * browser, never through the sessions {@link Demo} caches for other tests.
 */
@ExtendWith(ArquillianExtension.class)
class MembersBrowserIT {

  @ArquillianResource URL base;
  Browser browser;
  URI api;

  @BeforeEach
  void start() {
    MailSink.start();
    api = new Api(base).base();
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

  /** The control labelled by the text (the label's text before any "(Pflichtfeld)" mark). */
  WebElement field(String label) {
    WebElement l = browser.awaitVisible(By.xpath("//main//label[normalize-space(text()[1])='" + label + "']"));
    return browser.driver().findElement(By.id(l.getAttribute("for")));
  }

  WebElement button(String text) {
    return browser.awaitVisible(By.xpath("//main//button[normalize-space(.)='" + text + "']"));
  }

  void awaitText(By by, String part) {
    browser.wait(Duration.ofSeconds(15)).until(d -> {
      List<WebElement> found = d.findElements(by);
      return !found.isEmpty() && found.get(0).getText().contains(part);
    });
  }

  void awaitH1(String text) {
    browser.wait(Duration.ofSeconds(15)).until(d -> text.equals(browser.awaitHeading().getText()));
  }

  void logIn(String email, String password) {
    browser.open("#/login");
    field("E-Mail-Adresse").sendKeys(email);
    field("Passwort").sendKeys(password, Keys.ENTER);
    browser.awaitVisible(By.cssSelector("#account .account-name"));
  }

  static String email(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.pilotnetz.example";
  }

  @Test
  void logsInShowsNameInHeaderAndLogsOut() {
    logIn(Demo.EMAIL.get("MAYOR"), Demo.PASSWORD);
    WebElement name = browser.driver().findElement(By.cssSelector("#account .account-name"));
    assertEquals("Karin Hofmann", name.getText());
    assertEquals("#/profil", name.getAttribute("href").replaceAll(".*(#/.*)", "$1"));
    assertTrue(browser.driver().findElements(By.cssSelector("#account .account-admin")).isEmpty(),
        "a mayor gets no admin link");
    browser.screenshot("members-logged-in-de-1280");

    browser.driver().findElement(By.cssSelector("#account .account-logout")).click();
    awaitText(By.cssSelector("#account a[href='#/login']"), "Anmelden");
    assertTrue(browser.driver().findElements(By.cssSelector("#account .account-name")).isEmpty());
  }

  @Test
  void wrongPasswordShowsTheErrorAndForgotLinkLeadsToResetRequest() {
    browser.open("#/login");
    field("E-Mail-Adresse").sendKeys(email("niemand"));
    field("Passwort").sendKeys("falsch-falsch-falsch", Keys.ENTER);
    awaitText(By.id("login-alert"), "falsch");
    browser.screenshot("members-login-error-de-1280");
    assertTrue(browser.driver().findElements(By.cssSelector("#account .account-name")).isEmpty());

    browser.driver().findElement(By.linkText("Passwort vergessen?")).click();
    awaitH1("Passwort vergessen");
    String someone = email("vergessen");
    field("E-Mail-Adresse").sendKeys(someone, Keys.ENTER);
    awaitText(By.cssSelector("main [role=status]"), someone);
  }

  @Test
  void adminSeesAdminLinkAndInvitationsPage() {
    logIn(Demo.EMAIL.get("ADMIN"), Demo.PASSWORD);
    browser.driver().findElement(By.cssSelector("#account .account-admin")).click();
    awaitH1("Mitglieder verwalten");
    browser.driver().findElement(By.linkText("Einladungen")).click();
    awaitH1("Einladungen");
    String invitee = email("ui-einladung");
    field("E-Mail-Adresse").sendKeys(invitee);
    click(browser.driver().findElement(By.xpath("//main//label[normalize-space(.)='Expertin/Experte']")));
    click(button("Einladung senden"));
    awaitText(By.id("invitations-status"), invitee);
    awaitText(By.cssSelector("main table"), invitee);
    MailSink.await(invitee, "Einladung");
    browser.screenshot("members-admin-invitations-de-1280");
  }

  @Test
  void acceptingAnInvitationLogsInOnceAndTheLinkIsThenUsedUp() {
    String invitee = email("ui-expertin");
    Api.Res r = Demo.as(api, "ADMIN").post("api/invitations",
        "{\"email\":\"" + invitee + "\",\"roles\":[\"EXPERT\"]}");
    assertEquals(201, r.status(), r::toString);
    String token = MailSink.token(MailSink.await(invitee, "Einladung"));

    browser.open("#/einladung?token=" + token);
    awaitText(By.cssSelector("main dl"), invitee);
    assertTrue(browser.driver().findElement(By.cssSelector("main dl")).getText().contains("Expertin/Experte"));
    field("Name").sendKeys("Dr. Anna Berg");
    click(button("Einladung annehmen"));
    awaitText(By.id("invite-alert"), "korrigieren");
    WebElement affiliation = field("Offenlegung: Arbeitgeber oder Auftraggeber");
    assertEquals("true", affiliation.getAttribute("aria-invalid"));
    assertTrue(affiliation.getAttribute("aria-describedby").contains("invite-affiliation-error"));
    browser.screenshot("members-invitation-errors-de-1280");

    affiliation.sendKeys("Netzwerk Digitalberatung GmbH");
    field("Neues Passwort").sendKeys(Members.PASSWORD);
    field("Neues Passwort wiederholen").sendKeys(Members.PASSWORD);
    click(button("Einladung annehmen"));
    awaitH1("Mein Profil");
    awaitText(By.cssSelector("#account .account-name"), "Dr. Anna Berg");
    awaitText(By.id("profile-status"), "Willkommen");
    browser.screenshot("members-invitation-accepted-profile-de-1280");

    browser.open("#/einladung?token=" + token);
    awaitText(By.cssSelector("main [role=alert]"), "schon benutzt");
    browser.screenshot("members-invitation-used-de-1280");
  }

  @Test
  void editsProfileSwitchesToEnglishAndCreatesAnApiToken() {
    Members.Created m = Members.create(api, "EXPERT", null);
    logIn(m.email(), m.password());
    browser.open("#/profil");
    WebElement position = field("Funktion");
    position.clear();
    position.sendKeys("Leiterin Digitalisierung");
    click(checkbox("Breitband"));
    click(checkbox("Energie"));
    click(button("Profil speichern"));
    awaitText(By.id("profile-status"), "gespeichert");

    browser.driver().navigate().refresh();
    browser.awaitHeading();
    assertEquals("Leiterin Digitalisierung", field("Funktion").getAttribute("value"));
    assertTrue(checkbox("Breitband").isSelected());
    assertTrue(checkbox("Energie").isSelected());
    assertFalse(checkbox("Mobilität").isSelected());

    new org.openqa.selenium.support.ui.Select(field("Sprache")).selectByValue("en");
    click(button("Profil speichern"));
    awaitH1("My profile");
    assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    awaitText(By.id("profile-status"), "saved");
    assertEquals("Log out", browser.driver().findElement(By.cssSelector("#account .account-logout")).getText());
    assertEquals("Members", browser.driver().findElement(By.cssSelector("#main-nav-list a[href='#/mitglieder']")).getText());

    browser.driver().findElement(By.id("token-name")).sendKeys("Auswertung Kämmerei");
    click(button("Create token"));
    WebElement secret = browser.awaitVisible(By.id("token-secret"));
    String value = secret.getAttribute("value");
    assertTrue(value.length() >= 20, value);
    assertEquals("token-secret", browser.driver().switchTo().activeElement().getAttribute("id"));
    awaitText(By.cssSelector("main table"), "Auswertung Kämmerei");
    browser.screenshot("members-profile-token-en-1280");
    assertEquals(200, new Api(base).bearer(value).get("api/me").status(), "the shown token works");

    browser.driver().navigate().refresh();
    awaitText(By.cssSelector("main table"), "Auswertung Kämmerei");
    assertTrue(browser.driver().findElements(By.id("token-secret")).isEmpty(), "the secret is shown once");
  }

  WebElement checkbox(String label) {
    WebElement l = browser.driver().findElement(By.xpath("//main//label[normalize-space(.)='" + label + "']"));
    return browser.driver().findElement(By.id(l.getAttribute("for")));
  }

  @Test
  void memberPagesHaveNoSeriousAxeViolationsInGermanAndEnglish() {
    String invitee = email("ui-axe");
    Api.Res r = Demo.as(api, "ADMIN").post("api/invitations",
        "{\"email\":\"" + invitee + "\",\"roles\":[\"EXPERT\"]}");
    assertEquals(201, r.status(), r::toString);
    String token = MailSink.token(MailSink.await(invitee, "Einladung"));
    long wunsiedel = Members.municipality(api, Demo.MAYOR_TOWN);

    List<String> failures = new ArrayList<>();
    for (String lang : List.of("de", "en")) {
      setLanguage(lang);
      check("login-" + lang + "-1280", "#/login", failures);
      check("passwort-vergessen-" + lang + "-1280", "#/passwort-vergessen", failures);
      check("passwort-neu-" + lang + "-1280", "#/passwort-neu?token=abc", failures);
      check("einladung-" + lang + "-1280", "#/einladung?token=" + token, failures);
      check("mitglieder-anonym-" + lang + "-1280", "#/mitglieder", failures);
    }
    setLanguage("de");
    logIn(Demo.EMAIL.get("ADMIN"), Demo.PASSWORD);
    for (String lang : List.of("de", "en")) {
      setLanguage(lang);
      check("profil-" + lang + "-1280", "#/profil", failures);
      check("mitglieder-" + lang + "-1280", "#/mitglieder", failures);
      check("mitglieder-filter-" + lang + "-1280", "#/mitglieder?role=EXPERT", failures);
      check("kommune-" + lang + "-1280", "#/kommunen/" + wunsiedel, failures);
      check("admin-einladungen-" + lang + "-1280", "#/admin/einladungen", failures);
      check("admin-mitglieder-" + lang + "-1280", "#/admin/mitglieder", failures);
      check("admin-protokoll-" + lang + "-1280", "#/admin/protokoll", failures);
    }
    setLanguage("de");
    browser.viewport(375, 800);
    check("profil-de-375", "#/profil", failures);
    check("mitglieder-de-375", "#/mitglieder", failures);
    check("admin-einladungen-de-375", "#/admin/einladungen", failures);
    Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
    assertTrue(scrollWidth.intValue() <= 375, "no horizontal scrolling at 375 px, got " + scrollWidth);
    browser.viewport(320, 800);
    check("einladung-de-320", "#/einladung?token=" + token, failures);
    scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
    assertTrue(scrollWidth.intValue() <= 320, "no horizontal scrolling at 320 px, got " + scrollWidth);
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
  }

  void setLanguage(String lang) {
    browser.driver().get(browser.baseUrl() + "#/");
    browser.awaitHeading();
    browser.driver().executeScript("localStorage.setItem('pilotnetz.lang', arguments[0])", lang);
    browser.driver().navigate().refresh();
    browser.awaitHeading();
  }

  /** Scrolls the element to the middle first: below the fold a plain click may hit something else. */
  void click(WebElement element) {
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    try {
      element.click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      // Headless Chromium with an emulated viewport sometimes reports the element off-screen.
      browser.driver().executeScript("arguments[0].click()", element);
    }
  }

  void check(String name, String route, List<String> failures) {
    browser.driver().get(browser.baseUrl() + route);
    browser.driver().navigate().refresh();
    browser.awaitHeading();
    browser.awaitVisible(By.cssSelector("main[data-ready]"));
    browser.screenshot(name);
    try {
      List<Rule> all = new Axe(browser.driver()).assertNoSeriousViolations(name);
      System.out.println("AXE " + name + ": " + all.size() + " violation(s)"
          + (all.isEmpty() ? "" : "\n" + Axe.describe(all)));
    } catch (AssertionError e) {
      failures.add(e.getMessage());
    }
  }
}
