package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.pilotnetz.testing.Demo;
import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * One journey in two browsers: the mayor asks, the expert (who listed the topic) sees the bell
 * count rise live, answers; the mayor sees her bell rise live, votes and accepts.
 */
@ExtendWith(ArquillianExtension.class)
class ThreadsBrowserIT {

  @ArquillianResource URL base;

  static void logIn(Browser b, String role) {
    b.open("#/login");
    b.driver().findElement(By.id("login-email")).sendKeys(Demo.EMAIL.get(role));
    b.driver().findElement(By.id("login-password")).sendKeys(Demo.PASSWORD);
    click(b, b.driver().findElement(By.cssSelector("form.login-form button[type=submit]")));
    b.wait(Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("bell-count")).isEmpty());
  }

  /**
   * Clicks through the DOM: under the DevTools viewport emulation, WebDriver computes click points
   * below long forms outside the emulated viewport ("element click intercepted").
   */
  static void click(Browser b, WebElement e) {
    b.wait(Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(e));
    b.driver().executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", e);
  }

  static int count(Browser b) {
    String text = b.driver().findElement(By.id("bell-count")).getText();
    return Integer.parseInt(text.replaceAll("\\D+", ""));
  }

  static void awaitCountAbove(Browser b, int before) {
    b.wait(Duration.ofSeconds(15)).until(d -> {
      try {
        return count(b) > before;
      } catch (RuntimeException e) {
        return false;
      }
    });
  }

  static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void askAnswerVoteAcceptWithLiveNotifications() {
    String title = "Browserfrage Glasfaser " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser mayor = new Browser(Browser.loopback(base)); Browser expert = new Browser(Browser.loopback(base))) {
      logIn(mayor, "MAYOR");
      logIn(expert, "EXPERT");
      expert.open("#/fragen");
      int expertBefore = count(expert);

      mayor.open("#/fragen/neu");
      mayor.awaitVisible(By.id("q-title")); // the previous view's h1 may still be there
      mayor.driver().findElement(By.id("q-title")).sendKeys(title);
      new Select(mayor.driver().findElement(By.id("q-topic"))).selectByVisibleText("Breitband");
      mayor.driver().findElement(By.id("q-body")).sendKeys("Wie teuer ist die Mitverlegung pro Meter?");
      new Axe(mayor.driver()).assertNoSeriousViolations("#/fragen/neu");
      click(mayor, mayor.driver().findElement(By.cssSelector("main form button[type=submit]")));
      mayor.wait(Duration.ofSeconds(10)).until(d -> title.equals(mayor.awaitHeading().getText()));
      String threadUrl = mayor.driver().getCurrentUrl();

      awaitCountAbove(expert, expertBefore); // expert routing, live, without reload
      int mayorBefore = count(mayor);
      expert.driver().get(threadUrl);
      expert.wait(Duration.ofSeconds(10)).until(d -> title.equals(expert.awaitHeading().getText()));
      for (int attempt = 1; ; attempt++) {
        // a live update may re-render the page under a slow browser: then type into the new editor
        try {
          WebElement editor = expert.driver().findElement(By.id("answer-body"));
          editor.clear();
          editor.sendKeys("Rund **10 Euro** pro Meter, fragen Sie @Karin");
          expert.wait(Duration.ofSeconds(10)).until(d -> "true".equals(editor.getAttribute("aria-expanded")));
          assertTrue(expert.driver().findElement(By.cssSelector("[role=listbox] [role=option][aria-selected=true]"))
              .getText().contains("Karin Hofmann"));
          // leaving the field and coming back at once must not close the list behind the user's back
          expert.driver().executeScript("arguments[0].blur(); arguments[0].focus();", editor);
          sleep(Duration.ofMillis(400)); // longer than the list's closing delay after a blur
          assertEquals("true", editor.getAttribute("aria-expanded"));
          editor.sendKeys(org.openqa.selenium.Keys.ENTER);
          assertTrue(editor.getAttribute("value").endsWith("@Karin Hofmann "), editor.getAttribute("value"));
          break;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
          if (attempt == 3) {
            throw e;
          }
        }
      }
      click(expert, expert.driver().findElement(By.cssSelector(".editor button[aria-pressed]")));
      assertEquals("10 Euro", expert.driver().findElement(By.cssSelector(".preview strong")).getText());
      click(expert, expert.driver().findElement(By.cssSelector("form[aria-labelledby=answer-heading] button[type=submit]")));
      expert.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("li.answer")).isEmpty());

      awaitCountAbove(mayor, mayorBefore); // the answer reaches the asker live
      mayor.driver().navigate().refresh();
      mayor.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("li.answer button.vote")).isEmpty());
      WebElement up = mayor.driver().findElement(By.cssSelector("li.answer button.vote"));
      assertEquals("false", up.getAttribute("aria-pressed"));
      click(mayor, up);
      mayor.wait(Duration.ofSeconds(10)).until(d -> "true".equals(
          d.findElement(By.cssSelector("li.answer button.vote")).getAttribute("aria-pressed")));
      click(mayor, mayor.driver().findElement(By.cssSelector("li.answer button.accept")));
      mayor.wait(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("li.answer-accepted")).isEmpty());
      assertTrue(mayor.driver().findElement(By.tagName("main")).getText().contains("gelöst"));
      new Axe(mayor.driver()).assertNoSeriousViolations("#/fragen/{id}");
      mayor.screenshot("threads-accepted");
      for (String route : new String[] {"#/fragen", "#/fragen?unanswered=true", "#/fragen/statistik",
          "#/benachrichtigungen", "#/moderation"}) {
        mayor.open(route);
        mayor.driver().navigate().refresh(); // a full load, so that no h1 of the previous view remains
        mayor.awaitHeading();
        new Axe(mayor.driver()).assertNoSeriousViolations(route);
      }
      mayor.wait(Duration.ofSeconds(10)).until(d ->
          d.findElement(By.tagName("main")).getText().contains("Nur für die Moderation"));
      assertTrue(mayor.consoleErrors().isEmpty(), () -> "console errors: " + mayor.consoleErrors());
    }
  }
}
