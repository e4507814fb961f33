package de.pilotnetz.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (all default rules, WCAG 2.x A/AA and best practices) on the current page and
 * fails on serious or critical violations with a message naming rule, impact and elements.
 */
public final class Axe {

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private final WebDriver driver;

  public Axe(WebDriver driver) {
    this.driver = driver;
  }

  public Results analyze() {
    return new AxeBuilder().analyze(driver);
  }

  /**
   * Analyzes and throws {@link AssertionError} if any serious or critical violation is found.
   * Returns all violations (including minor and moderate) so callers can report them.
   */
  public List<Rule> assertNoSeriousViolations(String where) {
    Results results = analyze();
    if (results.isErrored()) {
      throw new AssertionError("axe-core failed on " + where + ": " + results.getErrorMessage());
    }
    List<Rule> blocking =
        results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
    if (!blocking.isEmpty()) {
      throw new AssertionError(
          blocking.size() + " serious/critical axe violation(s) on " + where + ":\n" + describe(blocking));
    }
    return results.getViolations();
  }

  /** One block per rule: "rule-id (impact): help", then each element's selector and summary. */
  public static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            r ->
                "- "
                    + r.getId()
                    + " ("
                    + r.getImpact()
                    + "): "
                    + r.getHelp()
                    + " "
                    + r.getHelpUrl()
                    + "\n"
                    + r.getNodes().stream().map(Axe::describe).collect(Collectors.joining("\n")))
        .collect(Collectors.joining("\n"));
  }

  private static String describe(CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace('\n', ' ');
    return "    target " + node.getTarget() + ": " + summary;
  }
}
