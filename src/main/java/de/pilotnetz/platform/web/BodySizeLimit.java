package de.pilotnetz.platform.web;

import de.pilotnetz.platform.errors.PayloadTooLarge;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses bodies over the limit with 413: by Content-Length before reading, and by counting while
 * reading for chunked bodies. Multipart uploads get the larger upload limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "pilotnetz.api.max-body-bytes", defaultValue = "1048576")
  long maxBody;

  @Inject
  @ConfigProperty(name = "pilotnetz.upload.max-bytes", defaultValue = "20971520")
  long maxUpload;

  @Override
  public void filter(ContainerRequestContext ctx) {
    MediaType type = ctx.getMediaType();
    boolean multipart = type != null && "multipart".equalsIgnoreCase(type.getType());
    boolean bulk = ctx.getUriInfo().getPath().startsWith("admin/import");
    long limit = bulk ? Long.MAX_VALUE : multipart ? maxUpload + 64 * 1024 : maxBody;
    if (ctx.getLength() > limit) {
      throw new PayloadTooLarge(limit);
    }
    if (ctx.hasEntity() && limit != Long.MAX_VALUE) {
      ctx.setEntityStream(new Limited(ctx.getEntityStream(), limit));
    }
  }

  static final class Limited extends FilterInputStream {
    private final long limit;
    private long count;

    Limited(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    private void add(long n) {
      if (n > 0 && (count += n) > limit) {
        throw new PayloadTooLarge(limit);
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      add(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      add(n);
      return n;
    }
  }
}
