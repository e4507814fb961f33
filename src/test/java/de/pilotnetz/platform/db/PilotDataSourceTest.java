package de.pilotnetz.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

class PilotDataSourceTest {

  @Test
  void choosesPostgresByUrl() {
    assertTrue(PilotDataSource.isPostgres("jdbc:postgresql://127.0.0.1:5432/pilotnetz"));
    assertFalse(PilotDataSource.isPostgres("jdbc:h2:file:./data/pilotnetz"));
    assertFalse(PilotDataSource.isPostgres(null));
  }

  @Test
  void h2RunsInPostgresCompatibilityModeUnlessTheUrlSaysOtherwise() {
    assertTrue(PilotDataSource.h2Url("jdbc:h2:mem:x").contains(";MODE=PostgreSQL"));
    assertEquals("jdbc:h2:mem:x;MODE=LEGACY", PilotDataSource.h2Url("jdbc:h2:mem:x;MODE=LEGACY"));
  }

  @Test
  void connectsToH2() throws Exception {
    Path dir = Files.createTempDirectory("pilot-ds");
    PilotDataSource ds = new PilotDataSource();
    ds.setUrl("jdbc:h2:file:" + dir.resolve("db"));
    ds.setUser("sa");
    ds.setPassword("sa");
    try (Connection c = ds.getConnection()) {
      assertEquals("H2", c.getMetaData().getDatabaseProductName());
    }
  }
}
