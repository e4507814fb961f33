package de.pilotnetz.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The XSS corpus: none of these may survive rendering and sanitizing. */
public class CaseMarkdownXssTest {

  public static final Pattern TAG = Pattern.compile("<[^>]*>");
  public static final Pattern EVENT_HANDLER = Pattern.compile("on\\w+\\s*=", Pattern.CASE_INSENSITIVE);

  static List<String> vectors() {
    return List.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<a href=\"javascript:alert(1)\">klick</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">klick</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "![bild](javascript:alert(1))",
        "![bild](https://evil.example/track.png)",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<p title=\"\"><img src=x onerror=alert(1)>\">",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)//",
        "<b onmouseover=alert(1)>fett</b>",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<img src=\"x\" onerror=\"alert(1)\"",
        "<a href='x' onclick='alert(1)'>unclosed",
        "<<script>alert(1)//<</script>",
        "`<script>` im Code ist nur Text",
        "    <script>alert(1)</script>",
        "[x](https://ok.example \"title\\\" onmouseover=alert(1)\")",
        "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">ok</a>");
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void noVectorSurvives(String vector) {
    for (String md : List.of(vector, "Text davor\n\n" + vector + "\n\nText danach", "- " + vector)) {
      String html = Markdown.toHtml(md);
      String lower = html.toLowerCase(Locale.ROOT);
      // Raw HTML in Markdown comes out as escaped text ("&lt;a href&#61;&#34;javascript:…"),
      // which a browser shows and never runs; URL schemes are checked in the markup itself.
      String markup = String.join(" ", TAG.matcher(lower).results().map(m -> m.group()).toList());
      assertFalse(lower.contains("<script"), html);
      assertFalse(EVENT_HANDLER.matcher(html).find(), html);
      assertFalse(markup.contains("javascript:"), html);
      assertFalse(markup.contains("vbscript:"), html);
      assertFalse(markup.contains("data:"), html);
      assertFalse(lower.contains("<iframe"), html);
      assertFalse(lower.contains("<style"), html);
      assertFalse(lower.contains("<svg"), html);
      assertFalse(lower.contains("<img"), html);
      assertFalse(markup.contains("style="), html);
      assertFalse(markup.contains("src="), html);
    }
  }

  @Test
  void keepsFormattingListsTablesCodeAndSafeLinks() {
    String html = Markdown.toHtml("## Ergebnis\n\n**Förderung** und *Glasfaser*\n\n1. eins\n2. zwei\n\n"
        + "| KPI | Wert |\n|---|---|\n| Quote | 48 % |\n\n`code`\n\n[Gigabit](https://example.org/x) "
        + "[Mail](mailto:amt@example.org)");
    assertTrue(html.contains("<h2>Ergebnis</h2>"), html);
    assertTrue(html.contains("<strong>Förderung</strong>"), html);
    assertTrue(html.contains("<ol>"), html);
    assertTrue(html.contains("<table>") && html.contains("<td>48 %</td>"), html);
    assertTrue(html.contains("<code>code</code>"), html);
    assertTrue(html.contains("href=\"https://example.org/x\""), html);
    // the sanitizer writes the two rel values in no fixed order
    assertTrue(Pattern.compile("rel=\"(nofollow noopener|noopener nofollow)\"").matcher(html).find(), html);
    assertTrue(html.contains("href=\"mailto:amt&#64;example.org\""), html);
  }
}
