package de.pilotnetz.caselib;

import de.pilotnetz.platform.errors.InvalidInput;
import de.pilotnetz.platform.errors.NotFound;
import de.pilotnetz.platform.errors.PayloadTooLarge;
import de.pilotnetz.platform.errors.ProblemException;
import de.pilotnetz.platform.security.Access;
import de.pilotnetz.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files on cases. Stored once per content under {@code <data dir>/attachments/ab/abcdef…} (the
 * SHA-256), so the same file on two cases takes the disk once, and in the database too when so
 * configured ({@link AttachmentStore}); never deleted with a case (soft delete). The type is decided
 * by the bytes, see {@link FileTypes}.
 */
@ApplicationScoped
@Transactional
public class AttachmentService {
  private static final Logger LOG = Logger.getLogger(AttachmentService.class.getName());

  @Inject CaseService cases;
  @Inject CaseRepository repo;
  @Inject Access access;
  @Inject CaseChanges changes;
  @Inject Clock clock;
  @Inject AttachmentStore store;

  @Inject
  @ConfigProperty(name = "pilotnetz.upload.max-bytes", defaultValue = "20971520")
  long maxBytes;

  /** A file to send: where it is and how to label it. */
  public record Download(Path file, String contentType, String fileName, long size) {}

  public AttachmentView upload(long caseId, String fileName, InputStream content) {
    CaseRecord r = cases.readable(caseId);
    Caller c = access.checkEditCase(r.municipalityId());
    String name = cleanName(fileName);
    Path tmp = null;
    try {
      Path dir = store.dir();
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
        size = copyLimited(content, out);
      }
      if (size == 0) {
        throw new InvalidInput("file", "Die Datei ist leer.");
      }
      FileTypes.Type type = FileTypes.detect(tmp).orElseThrow(() -> new ProblemException(415,
          "Dateityp nicht erlaubt", "Erlaubt sind PDF, DOCX, XLSX, PNG und JPEG; geprüft wird der Inhalt, nicht der Name."));
      String text = extract(tmp, type);
      String hash = HexFormat.of().formatHex(sha.digest());
      Path target = store.file(hash);
      Files.createDirectories(target.getParent());
      if (Files.exists(target)) {
        Files.delete(tmp);
      } else {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      tmp = null;
      store.stored(hash, target);
      CaseAttachment a = new CaseAttachment(caseId, name, type.mediaType, size, hash, text,
          c.memberId(), clock.instant());
      repo.addAttachment(a);
      changes.changed(caseId);
      LOG.info(() -> "Attachment " + a.id + " (" + type + ", " + size + " bytes) added to case " + caseId);
      return AttachmentView.of(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a leftover .part file is harmless
        }
      }
    }
  }

  private long copyLimited(InputStream in, OutputStream out) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw new PayloadTooLarge(maxBytes);
      }
      out.write(buf, 0, n);
    }
    return total;
  }

  /** Text for search; a damaged PDF is still stored, only without text. */
  private static String extract(Path file, FileTypes.Type type) {
    try {
      return FileTypes.text(file, type);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "No text extracted", e);
      return null;
    }
  }

  static String cleanName(String fileName) {
    String n = fileName == null ? "" : fileName.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (n.isEmpty()) {
      n = "anhang";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  public Download download(long id) {
    CaseAttachment a = repo.attachment(id).orElseThrow(() -> new NotFound("Der Anhang wurde nicht gefunden."));
    try {
      cases.readable(a.caseId);
    } catch (NotFound e) {
      throw new NotFound("Der Anhang wurde nicht gefunden.");
    }
    try {
      Path file = store.local(a.sha256)
          .orElseThrow(() -> new NotFound("Die Datei des Anhangs fehlt auf dem Server."));
      return new Download(file, a.contentType, a.fileName, a.size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
