package de.pilotnetz.platform.text;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML: CommonMark (with tables) renders, raw HTML in the source is escaped, and
 * the OWASP sanitizer then keeps only basic formatting, lists, tables, code and links to http,
 * https and mailto (with rel="nofollow noopener"). No images, styles, frames, forms or scripts:
 * whatever the renderer lets through, the policy is the last word. Plain text stays escaped.
 * Cases, questions and answers all render through here.
 */
public final class Markdown {
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
      .escapeHtml(true).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
      .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i",
          "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "table", "thead", "tbody", "tr",
          "th", "td", "a")
      .allowUrlProtocols("http", "https", "mailto")
      .allowAttributes("href").onElements("a")
      .requireRelsOnLinks("nofollow", "noopener")
      .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
      .allowAttributes("class").matching(Pattern.compile("language-[\\w+-]{1,30}")).onElements("code")
      .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
      .toFactory();

  private Markdown() {}

  /** Sanitized HTML for the Markdown source; "" for null. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return sanitize(RENDERER.render(PARSER.parse(markdown)));
  }

  /** The policy alone, for HTML from elsewhere. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }

  /** Plain text for search and e-mail: the Markdown with its markup characters left in. */
  public static String excerpt(String markdown, int max) {
    if (markdown == null) {
      return "";
    }
    String s = markdown.replaceAll("\\s+", " ").trim();
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
