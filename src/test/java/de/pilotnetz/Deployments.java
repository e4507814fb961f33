package de.pilotnetz;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration-test suite: the production WAR as built by Maven, deployed
 * once at the root context into one Payara Micro for all *IT classes.
 */
@ArquillianSuiteDeployment
public class Deployments {

  @Deployment(testable = false)
  public static WebArchive pilotnetz() {
    File war = new File(System.getProperty("pilotnetz.warFile", "target/pilotnetz.war"));
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }
}
