package de.pilotnetz.platform.text;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Renders member-written Markdown (questions, answers, later chat) to HTML that is safe to put
 * into a page: CommonMark first, then the OWASP sanitizer with a strict allow-list. Raw HTML in
 * the source is escaped by CommonMark and whatever remains is filtered again, so neither step
 * alone has to be perfect. Links get {@code rel="nofollow noopener"}; images are not allowed.
 */
public final class Markdown {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
      .and(Sanitizers.LINKS)
      .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br", "ul", "ol", "li")
          .toFactory());

  private Markdown() {}

  /** Safe HTML for the Markdown text; empty for null. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isEmpty()) {
      return "";
    }
    return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
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
