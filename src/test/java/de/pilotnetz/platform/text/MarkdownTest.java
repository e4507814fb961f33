package de.pilotnetz.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

  @Test
  void rendersEmphasisListsAndLinks() {
    String html = Markdown.toHtml("**Förderung** für *Glasfaser*\n\n- Leerrohre\n- [Gigabit](https://example.org)");
    assertTrue(html.contains("<strong>Förderung</strong>"), html);
    assertTrue(html.contains("<em>Glasfaser</em>"), html);
    assertTrue(html.contains("<li>Leerrohre</li>"), html);
    assertTrue(html.contains("href=\"https://example.org\""), html);
  }

  @Test
  void removesScriptsHandlersAndJavascriptLinks() {
    String html = Markdown.toHtml("<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[x](javascript:alert%281%29)");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertTrue(html.contains("&lt;script&gt;"), "raw HTML shows as text: " + html);
    assertFalse(html.contains("href=\"javascript"), html);
  }

  @Test
  void excerptCollapsesWhitespaceAndCuts() {
    assertEquals("a b", Markdown.excerpt("a\n\n b", 10));
    assertEquals("abcd…", Markdown.excerpt("abcdefgh", 5));
  }
}
