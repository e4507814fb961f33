package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;

/** The web shell served by Pilotnetz, signed out: layout, language switch, navigation, axe. */
@ExtendWith(ArquillianExtension.class)
class ShellBrowserIT {

  @ArquillianResource URL base;
  static final String H1_DE = "Erfahrungen aus den digitalen Pilotkommunen";
  static final String H1_EN = "Lessons from the digital pilot municipalities";

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

  String h1() {
    return browser.awaitHeading().getText();
  }

  String htmlLang() {
    return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
  }

  void awaitH1(String text) {
    browser.wait(Duration.ofSeconds(10)).until(d -> text.equals(h1()));
  }

  WebElement langButton(String code) {
    return browser.driver().findElement(By.cssSelector(".lang-button[data-lang='" + code + "']"));
  }

  @Test
  void startPageRendersInGermanSignedOut() {
    browser.open("#/");
    assertEquals(H1_DE, h1());
    assertEquals("de", htmlLang());
    assertEquals(H1_DE + " – Pilotnetz", browser.driver().getTitle());
    assertEquals("true", langButton("de").getAttribute("aria-pressed"));
    WebElement login = browser.driver().findElement(By.cssSelector("#account a[href='#/login']"));
    assertEquals("Anmelden", login.getText());
    assertTrue(
        browser.driver().findElement(By.cssSelector("main .lead")).getText().startsWith(
            "Das Netzwerk der digitalen Pilotkommunen: Bürgermeisterinnen und Bürgermeister teilen"));
    assertEquals(3, browser.driver().findElements(By.cssSelector("main .card a")).size());
  }

  @Test
  void languageSwitchToEnglishSurvivesReload() {
    browser.open("#/");
    langButton("en").click();
    awaitH1(H1_EN);
    assertEquals("en", htmlLang());
    assertEquals("true", langButton("en").getAttribute("aria-pressed"));
    assertEquals("false", langButton("de").getAttribute("aria-pressed"));
    assertEquals("Skip to content", browser.driver().findElement(By.cssSelector(".skip-link")).getAttribute("textContent"));

    browser.driver().navigate().refresh();
    awaitH1(H1_EN);
    assertEquals("en", htmlLang());
    assertEquals("Cases", browser.driver().findElement(By.cssSelector("#main-nav-list a[href='#/faelle']")).getAttribute("textContent"));

    langButton("de").click();
    awaitH1(H1_DE);
    assertEquals("de", htmlLang());
  }

  @Test
  void skipLinkIsFirstInTabOrderAndMovesFocusToMain() {
    browser.open("#/");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    WebElement active = browser.driver().switchTo().activeElement();
    assertEquals("Zum Inhalt springen", active.getText());
    assertTrue(active.getAttribute("class").contains("skip-link"));
    browser.screenshot("focus-skiplink-de-1280");
    active.sendKeys(Keys.ENTER);
    assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    assertTrue(browser.driver().getCurrentUrl().endsWith("#/"), "skip link must not change the route");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    assertEquals("Fälle durchsuchen", browser.driver().switchTo().activeElement().getText());
    browser.screenshot("focus-card-de-1280");
  }

  @Test
  void navigationMarksCurrentPageMovesFocusAndSetsTitle() {
    browser.open("#/");
    Map<String, String> routes =
        Map.of("faelle", "Fälle", "fragen", "Fragen", "chat", "Chat", "mitglieder", "Mitglieder");
    for (String route : List.of("faelle", "fragen", "chat", "mitglieder")) {
      browser.driver().findElement(By.cssSelector("#main-nav-list a[href='#/" + route + "']")).click();
      awaitH1(routes.get(route));
      for (WebElement link : browser.driver().findElements(By.cssSelector("#main-nav-list a"))) {
        String expected = link.getAttribute("href").endsWith("#/" + route) ? "page" : null;
        assertEquals(expected, link.getAttribute("aria-current"), link.getText() + " on #/" + route);
      }
      assertEquals(routes.get(route) + " – Pilotnetz", browser.driver().getTitle());
      assertEquals("main", browser.driver().switchTo().activeElement().getAttribute("id"));
    }
    browser.driver().findElement(By.cssSelector("a.logo")).click();
    awaitH1(H1_DE);
    assertTrue(browser.driver().findElements(By.cssSelector("#main-nav-list a[aria-current]")).isEmpty());
  }

  @Test
  void headerSearchNavigatesToSearchView() {
    browser.open("#/");
    WebElement input = browser.driver().findElement(By.id("search-q"));
    input.sendKeys("Glasfaser & Förderung", Keys.ENTER);
    awaitH1("Ergebnisse für „Glasfaser & Förderung“");
    assertTrue(browser.driver().getCurrentUrl().contains("#/suche?q=Glasfaser"));
    browser.driver().navigate().refresh();
    awaitH1("Ergebnisse für „Glasfaser & Förderung“");
    browser.wait(Duration.ofSeconds(10)).until(d ->
        "Glasfaser & Förderung".equals(d.findElement(By.id("search-q")).getAttribute("value")));
  }

  @Test
  void unknownRouteShowsNotFound() {
    browser.open("#/gibtesnicht");
    assertEquals("Seite nicht gefunden", h1());
  }

  @Test
  void onAPhoneNavigationCollapsesIntoDisclosureButton() {
    browser.viewport(320, 800);
    browser.open("#/");
    WebElement toggle = browser.driver().findElement(By.id("nav-toggle"));
    WebElement cases = browser.driver().findElement(By.cssSelector("#main-nav-list a[href='#/faelle']"));
    assertTrue(toggle.isDisplayed());
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    assertFalse(cases.isDisplayed());

    toggle.click();
    assertEquals("true", toggle.getAttribute("aria-expanded"));
    assertTrue(cases.isDisplayed());
    browser.screenshot("mobile-320-de-menu-open");

    cases.click();
    awaitH1("Fälle");
    assertEquals("false", toggle.getAttribute("aria-expanded"));
    Number scrollWidth = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
    assertTrue(scrollWidth.intValue() <= 320, "no horizontal scrolling at 320 px, got " + scrollWidth);
  }

  @Test
  void toggleIsHiddenOnDesktop() {
    browser.open("#/");
    assertFalse(browser.driver().findElement(By.id("nav-toggle")).isDisplayed());
    assertTrue(browser.driver().findElement(By.cssSelector("#main-nav-list a")).isDisplayed());
    assertNull(browser.driver().findElement(By.id("nav-toggle")).getAttribute("hidden"));
  }

  static Stream<Arguments> pages() {
    return Stream.of("#/", "#/login")
        .flatMap(route -> Stream.of("de", "en")
            .flatMap(lang -> Stream.of(1280, 768, 375).map(width -> Arguments.of(route, lang, width))));
  }

  @ParameterizedTest(name = "{0} {1} {2}px")
  @MethodSource("pages")
  void hasNoSeriousAxeViolations(String route, String lang, int width) {
    browser.viewport(width, 900);
    browser.open(route);
    if (!"de".equals(lang)) {
      langButton(lang).click();
      browser.wait(Duration.ofSeconds(10)).until(d -> lang.equals(htmlLang()));
      browser.awaitHeading();
    }
    String name = (route.equals("#/") ? "home" : route.substring(2)) + "-" + lang + "-" + width;
    browser.screenshot(name);
    List<Rule> all = new Axe(browser.driver()).assertNoSeriousViolations(name);
    System.out.println("AXE " + name + ": " + all.size() + " violation(s)" + (all.isEmpty() ? "" : "\n" + Axe.describe(all)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherRoutes")
  void otherViewsHaveNoSeriousAxeViolations(String route) {
    browser.open(route);
    List<Rule> all = new Axe(browser.driver()).assertNoSeriousViolations(route);
    System.out.println("AXE " + route + ": " + all.size() + " violation(s)" + (all.isEmpty() ? "" : "\n" + Axe.describe(all)));
  }

  static Stream<String> otherRoutes() {
    return Stream.of("#/faelle", "#/fragen", "#/chat", "#/mitglieder", "#/suche?q=B%C3%BCrgerportal",
        "#/barrierefreiheit", "#/gibtesnicht");
  }
}
