package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Api;
import de.pilotnetz.testing.Demo;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * Two people chat in two browsers; one goes offline (DevTools network emulation), the other
 * sends, edits and deletes; back online, the first shows exactly the right state.
 */
@ExtendWith(ArquillianExtension.class)
class ChatBrowserIT {
  @ArquillianResource URL base;

  static void logIn(Browser b, String email) {
    b.open("#/login");
    b.driver().findElement(By.id("login-email")).sendKeys(email);
    b.driver().findElement(By.id("login-password")).sendKeys(Demo.PASSWORD, Keys.ENTER);
    b.wait(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("#/login"));
  }

  static void type(Browser b, String text) {
    WebElement input = b.awaitVisible(By.id("chat-input"));
    input.sendKeys(text, Keys.ENTER);
  }

  static List<String> texts(Browser b) {
    return b.driver().findElements(By.cssSelector(".chat-messages .chat-text")).stream()
        .map(WebElement::getText).toList();
  }

  static void awaitTexts(Browser b, List<String> expected) {
    b.wait(Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
        .until(d -> texts(b).equals(expected));
  }

  /** Clicks the button (by the start of its label) of the message with this text; retries while the list re-renders. */
  static void clickOn(Browser b, String text, String button) {
    b.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
      for (WebElement li : d.findElements(By.cssSelector(".chat-messages .chat-message"))) {
        if (li.findElement(By.cssSelector(".chat-text")).getText().equals(text)) {
          li.findElement(By.xpath(".//button[starts-with(normalize-space(.), '" + button + "')]")).click();
          return true;
        }
      }
      return false;
    });
  }

  static void network(Browser b, boolean offline) {
    b.driver().executeCdpCommand("Network.enable", Map.of());
    b.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline,
        "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  @Test
  void whoComesBackOnlineSeesExactlyWhatHappenedMeanwhile() {
    URI root = new Api(base).base();
    Api expert = Demo.as(root, "EXPERT");
    long mayorId = Demo.as(root, "MAYOR").get("api/me").obj().getJsonNumber("id").longValue();
    String name = "Browser-Test " + UUID.randomUUID().toString().substring(0, 6);
    long room = expert.post("api/chat/rooms", Json.createObjectBuilder().add("kind", "PRIVATE").add("name", name)
        .add("memberIds", Json.createArrayBuilder().add(mayorId)).build().toString())
        .obj().getJsonNumber("id").longValue();

    try (Browser karin = new Browser(Browser.loopback(base)); Browser miriam = new Browser(Browser.loopback(base))) {
      logIn(karin, Demo.EMAIL.get("MAYOR"));
      logIn(miriam, Demo.EMAIL.get("EXPERT"));
      karin.open("#/chat/" + room);
      miriam.open("#/chat/" + room);
      karin.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chat-room-title")).getText().equals(name));
      miriam.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chat-room-title")).getText().equals(name));

      for (Browser b : List.of(karin, miriam)) {
        b.wait(Duration.ofSeconds(10)).until(d -> "online".equals(d.findElement(By.tagName("main")).getAttribute("data-chat-state")));
      }
      type(karin, "Guten Morgen, wer hat Erfahrung mit **Leerrohren**?");
      type(miriam, "Erste Antwort");
      type(miriam, "Zweite Antwort");
      List<String> before = List.of("Guten Morgen, wer hat Erfahrung mit Leerrohren?", "Erste Antwort", "Zweite Antwort");
      awaitTexts(karin, before);
      awaitTexts(miriam, before);
      assertEquals("Leerrohren", karin.driver().findElement(By.cssSelector(".chat-text strong")).getText());
      String shown = karin.driver().findElement(By.cssSelector(".chat-meta time")).getText();
      assertTrue(shown.matches("\\d{2}\\.\\d{2}\\.\\d{2}, \\d{2}:\\d{2}"),
          "German date and time in the German page, whatever the browser's locale: " + shown);
      new Axe(karin.driver()).assertNoSeriousViolations("chat");

      network(karin, true);
      By banner = By.cssSelector(".chat-banner");
      karin.wait(Duration.ofSeconds(10)).until(d -> d.findElement(banner).isDisplayed());
      assertEquals("Verbindung unterbrochen – wird wiederhergestellt", karin.driver().findElement(banner).getText());

      clickOn(miriam, "Erste Antwort", "Bearbeiten");
      WebElement edit = miriam.awaitVisible(By.cssSelector(".chat-edit textarea"));
      edit.clear();
      edit.sendKeys("Erste Antwort, korrigiert");
      miriam.driver().findElement(By.xpath("//form[contains(@class,'chat-edit')]//button[normalize-space(.)='Speichern']")).click();
      clickOn(miriam, "Zweite Antwort", "Löschen");
      miriam.driver().switchTo().alert().accept();
      type(miriam, "Dritte Antwort");
      List<String> after = List.of("Guten Morgen, wer hat Erfahrung mit Leerrohren?", "Erste Antwort, korrigiert",
          "Nachricht gelöscht", "Dritte Antwort");
      awaitTexts(miriam, after);
      assertEquals(before, texts(karin), "offline: nothing arrives");

      network(karin, false);
      karin.wait(Duration.ofSeconds(20)).until(d -> !d.findElement(banner).isDisplayed());
      awaitTexts(karin, after);
      karin.screenshot("chat-after-reconnect");
      assertTrue(karin.driver().findElements(By.cssSelector(".chat-messages .chat-message")).size() == 4,
          "each message exactly once");
    }
  }

  /** Activates a button or summary from the keyboard (the forms are meant to work without a mouse). */
  static void press(Browser b, By by) {
    b.driver().findElement(by).sendKeys(Keys.ENTER);
  }

  /** Opens a sidebar form by its summary text. */
  static void openTool(Browser b, String summary) {
    press(b, By.xpath("//details[contains(@class,'chat-tool')]/summary[normalize-space(.)='" + summary + "']"));
  }

  /** Searches the member picker of a form and selects the member with this display name. */
  static void pick(Browser b, String formId, String displayName) {
    WebElement form = b.driver().findElement(By.id(formId));
    WebElement query = form.findElement(By.cssSelector("input[type=search]"));
    query.clear();
    query.sendKeys(displayName, Keys.ENTER);
    b.wait(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
      for (WebElement hit : form.findElements(By.cssSelector(".chat-pick-hits button"))) {
        if (hit.getText().startsWith(displayName)) {
          hit.sendKeys(Keys.ENTER);
          return true;
        }
      }
      return false;
    });
    b.wait(Duration.ofSeconds(5)).until(d -> form.findElement(By.cssSelector(".chat-pick-chosen")).getText()
        .contains(displayName));
  }

  static void awaitTitle(Browser b, String title) {
    b.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chat-room-title")).getText().equals(title));
  }

  static JsonObject listed(Api api, String name) {
    return api.get("api/chat/rooms").arr().getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("name").equals(name)).findFirst().orElse(null);
  }

  @Test
  void aMayorCreatesAPrivateRoomInvitesAndStartsADirectMessageWhichAModeratorCleansUp() {
    URI root = new Api(base).base();
    Api expert = Demo.as(root, "EXPERT");
    Api moderation = Demo.as(root, "MODERATOR");
    String expertName = expert.get("api/me").obj().getString("displayName");
    String moderatorName = moderation.get("api/me").obj().getString("displayName");
    String roomName = "Arbeitsgruppe Glasfaser " + UUID.randomUUID().toString().substring(0, 6);

    try (Browser karin = new Browser(Browser.loopback(base)); Browser jonas = new Browser(Browser.loopback(base))) {
      logIn(karin, Demo.EMAIL.get("MAYOR"));
      karin.open("#/chat");
      karin.wait(Duration.ofSeconds(10)).until(d -> "online".equals(d.findElement(By.tagName("main")).getAttribute("data-chat-state")));

      openTool(karin, "Neuer Raum");
      karin.awaitVisible(By.id("chat-new-name")).sendKeys(roomName);
      karin.driver().findElement(By.id("chat-new-kind-PRIVATE")).sendKeys(Keys.SPACE);
      press(karin, By.xpath("//button[normalize-space(.)='Raum anlegen']"));
      awaitTitle(karin, roomName);
      assertEquals("PRIVATE", listed(Demo.as(root, "MAYOR"), roomName).getString("kind"));
      assertNull(listed(expert, roomName), "a private room is invisible before the invitation");

      openTool(karin, "Mitglieder einladen");
      pick(karin, "chat-invite", expertName);
      press(karin, By.xpath("//details[@id='chat-invite']//button[normalize-space(.)='Einladen']"));
      karin.wait(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("chat-invite-status")).getText()
          .equals("Eingeladen: " + expertName));
      assertTrue(listed(expert, roomName).getBoolean("member"), "the invited expert is a member now");
      new Axe(karin.driver()).assertNoSeriousViolations("chat with the room and invite forms open");
      karin.screenshot("chat-room-created-and-invited");

      openTool(karin, "Direktnachricht");
      pick(karin, "chat-new-dm", moderatorName);
      press(karin, By.xpath("//button[normalize-space(.)='Unterhaltung beginnen']"));
      String dmName = Demo.as(root, "MAYOR").get("api/me").obj().getString("displayName") + ", " + moderatorName;
      awaitTitle(karin, dmName);
      type(karin, "Bitte diesen Beitrag prüfen");
      awaitTexts(karin, List.of("Bitte diesen Beitrag prüfen"));
      karin.screenshot("chat-direct-message");

      long dmId = Demo.as(root, "MAYOR").get("api/chat/rooms").arr().getValuesAs(JsonObject.class).stream()
          .filter(r -> "DIRECT".equals(r.getString("kind")) && r.getString("name").equals(dmName))
          .mapToLong(r -> r.getJsonNumber("id").longValue()).max().orElseThrow();
      assertTrue(moderation.get("api/chat/rooms").arr().getValuesAs(JsonObject.class).stream()
          .anyMatch(r -> r.getJsonNumber("id").longValue() == dmId && r.getBoolean("member")), "the DM reached the moderator");

      logIn(jonas, Demo.EMAIL.get("MODERATOR"));
      jonas.open("#/chat/" + dmId);
      awaitTitle(jonas, dmName);
      awaitTexts(jonas, List.of("Bitte diesen Beitrag prüfen"));
      clickOn(jonas, "Bitte diesen Beitrag prüfen", "Löschen");
      jonas.driver().switchTo().alert().accept();
      awaitTexts(jonas, List.of("Nachricht gelöscht"));
      awaitTexts(karin, List.of("Nachricht gelöscht"));
      jonas.screenshot("chat-moderator-deleted");
    }
  }
}
