package de.pilotnetz.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One log line per request: method, path (no query: it may hold search terms), status, time. */
@WebFilter(filterName = "requestLog", urlPatterns = "/*", asyncSupported = true)
public class RequestLogFilter extends HttpFilter {
  private static final Logger LOG = Logger.getLogger("de.pilotnetz.request");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(req, res);
    } finally {
      if (LOG.isLoggable(Level.INFO)) {
        LOG.info(String.format("%s %s %d %.1f ms", req.getMethod(), req.getRequestURI(),
            res.getStatus(), (System.nanoTime() - start) / 1e6));
      }
    }
  }
}
