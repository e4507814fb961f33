package de.pilotnetz.caselib;

import de.pilotnetz.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where attachment contents live. Always as files under {@code <data dir>/attachments/ab/abcdef…};
 * with {@code pilotnetz.attachments.store=database} also in the table {@code attachment_blob}, in
 * the uploading transaction, so nodes without a shared directory fetch a missing file from the
 * database into their own directory on first download.
 */
@ApplicationScoped
class AttachmentStore {
  static final String DATABASE = "database";

  @PersistenceContext(unitName = "pilotnetz")
  EntityManager em;

  @Inject Settings settings;

  @Inject
  @ConfigProperty(name = "pilotnetz.attachments.store", defaultValue = "directory")
  String store;

  Path dir() {
    return settings.dataDir().resolve("attachments");
  }

  Path file(String sha256) {
    return dir().resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** Called inside the upload's transaction, once the file is in place. */
  void stored(String sha256, Path file) throws IOException {
    if (!DATABASE.equalsIgnoreCase(store)) {
      return;
    }
    em.createNativeQuery("insert into attachment_blob (sha256, content) select ?, ? "
            + "where not exists (select 1 from attachment_blob where sha256 = ?)")
        .setParameter(1, sha256).setParameter(2, Files.readAllBytes(file)).setParameter(3, sha256)
        .executeUpdate();
  }

  /** The local file, fetched from the database first if this node lacks it. */
  Optional<Path> local(String sha256) throws IOException {
    Path file = file(sha256);
    if (Files.exists(file)) {
      return Optional.of(file);
    }
    @SuppressWarnings("unchecked")
    List<byte[]> rows = em.createNativeQuery("select content from attachment_blob where sha256 = ?")
        .setParameter(1, sha256).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), "fetch-", ".part");
    Files.write(tmp, rows.get(0));
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return Optional.of(file);
  }
}
