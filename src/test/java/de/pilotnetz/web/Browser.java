package de.pilotnetz.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests, pointed at one served webapp.
 *
 * <p>Uses the Debian packages {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}; no
 * browser is downloaded. Viewport sizes are set through DevTools emulation because a headless
 * window does not reliably shrink below ~500 px.
 */
public final class Browser implements AutoCloseable {

  /**
   * Chromium logs every 4xx/5xx fetch as a console error. Expected API answers (401 from
   * /api/me when signed out, 404 when no API is deployed) are not bugs; everything else is.
   */
  public static final Predicate<LogEntry> EXPECTED_API_STATUS =
      e -> e.getMessage().contains("/api/") && e.getMessage().contains("Failed to load resource");

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final String baseUrl;
  private final Path screenDir;
  private final ChromeDriver driver;
  private int width = 1280;
  private int height = 900;

  /** baseUrl: where the webapp's index.html is served, e.g. {@code http://127.0.0.1:18123/}. */
  public Browser(String baseUrl) {
    this(baseUrl, Path.of(System.getProperty("pilotnetz.screenshots", "target/screenshots")));
  }

  /** Arquillian reports the machine's address; the server listens on loopback only. */
  public static String loopback(java.net.URL arquillianBase) {
    return "http://127.0.0.1:" + arquillianBase.getPort() + "/";
  }

  /**
   * Skips the calling test with a loud message when Debian's Chromium is missing, except on CI
   * ({@code CI=true}), where a missing browser fails the run.
   */
  public static void requireChromium() {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (present) {
      return;
    }
    String msg = "Browser tests need Debian's chromium and chromedriver: "
        + "apt-get install -y chromium chromium-driver";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(msg);
    }
    System.err.println("\n*** SKIPPED: " + msg + " ***\n");
    org.junit.jupiter.api.Assumptions.abort(msg);
  }

  public Browser(String baseUrl, Path screenDir) {
    requireChromium();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    this.screenDir = screenDir;
    if (System.getProperty("webdriver.chrome.driver") == null) {
      System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    this.driver = new ChromeDriver(options);
    viewport(width, height);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Opens a hash route ("#/login") and waits until the view has put its h1 in main. */
  public void open(String route) {
    driver.get(baseUrl + route);
    awaitHeading();
  }

  /** Waits for {@code main h1} to exist and have text; returns it. */
  public WebElement awaitHeading() {
    return wait(Duration.ofSeconds(10))
        .until(
            d -> {
              List<WebElement> h1 = d.findElements(By.cssSelector("main h1"));
              return h1.isEmpty() || h1.get(0).getText().isBlank() ? null : h1.get(0);
            });
  }

  public WebDriverWait wait(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.ignoring(StaleElementReferenceException.class); // views replace main's content wholesale
    return wait;
  }

  public WebElement awaitVisible(By by) {
    return wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Sets the CSS viewport; mobile emulation below 768 px so the page sees a phone. */
  public void viewport(int width, int height) {
    this.width = width;
    this.height = height;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
  }

  /** Full-page PNG in the screen directory; returns its path. */
  public Path screenshot(String name) {
    Number full =
        (Number)
            driver.executeScript(
                "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
    int previous = height;
    viewport(width, Math.max(height, full.intValue()));
    try {
      Files.createDirectories(screenDir);
      Path file = screenDir.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      viewport(width, previous);
    }
  }

  /** Console errors (SEVERE) since the last call, minus those the filter ignores. */
  public List<LogEntry> consoleErrors(Predicate<LogEntry> ignored) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .filter(ignored.negate())
        .toList();
  }

  /** Console errors except the expected API status codes. */
  public List<LogEntry> consoleErrors() {
    return consoleErrors(EXPECTED_API_STATUS);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
