package de.pilotnetz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** Static checks of webapp/: bundles agree, every key used exists, nothing the CSP would block. */
class I18nBundlesTest {

  static final Path WEBAPP = Path.of(System.getProperty("pilotnetz.webappDir", "webapp"));
  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  static Map<String, String> bundle(String lang) throws IOException {
    return new Json().toType(Files.readString(WEBAPP.resolve("i18n/" + lang + ".json")), Json.MAP_TYPE);
  }

  @Test
  void bundlesHaveTheSameKeysAndPlaceholders() throws IOException {
    Map<String, String> de = bundle("de");
    Map<String, String> en = bundle("en");
    assertEquals(new TreeSet<>(de.keySet()), new TreeSet<>(en.keySet()));
    for (String key : de.keySet()) {
      assertFalse(de.get(key).isBlank(), key);
      assertFalse(en.get(key).isBlank(), key);
      assertEquals(placeholders(de.get(key)), placeholders(en.get(key)), "placeholders of " + key);
    }
  }

  @Test
  void everyKeyUsedInMarkupAndScriptsExists() throws IOException {
    Set<String> keys = bundle("de").keySet();
    Set<String> used = new TreeSet<>();
    Pattern markup = Pattern.compile("data-i18n=\"([\\w.]+)\"|:([\\w.]+)\"");
    Pattern script = Pattern.compile("\\bt\\('([\\w.]+)'|(?:Key|nav): '([\\w.]+)'|'([a-z]+\\.(?:title|intro))'");
    collect(markup, Files.readString(WEBAPP.resolve("index.html")), used);
    try (Stream<Path> files = Files.walk(WEBAPP.resolve("js"))) {
      for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        collect(script, Files.readString(js), used);
      }
    }
    used.removeAll(keys);
    assertTrue(used.isEmpty(), "keys used but missing from de.json: " + used);
  }

  @Test
  void indexHtmlHasNothingTheCspBlocks() throws IOException {
    String html = Files.readString(WEBAPP.resolve("index.html"));
    assertFalse(html.matches("(?s).*\\sstyle=.*"), "inline style attribute");
    assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "inline event handler");
    assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "inline script");
    assertFalse(html.contains("<style"), "inline style element");
  }

  static void collect(Pattern p, String text, Set<String> into) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) into.add(m.group(g));
      }
    }
  }

  static Set<String> placeholders(String s) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) names.add(m.group(1));
    return names;
  }
}
