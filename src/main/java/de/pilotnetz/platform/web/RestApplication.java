package de.pilotnetz.platform.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * All REST resources live under /api. Jersey's multipart support (which backs JAX-RS 3.1
 * {@code EntityPart}) ships with Payara but is not active until it is named here.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
