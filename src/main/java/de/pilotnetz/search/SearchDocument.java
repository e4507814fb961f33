package de.pilotnetz.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a feature hands to search: text, facets and the visibility fields the permission filter
 * needs. {@code visibility} is PUBLIC, NETWORK or RESTRICTED; for RESTRICTED, {@code
 * allowedMunicipalityIds} holds the author's municipality plus the named ones. Chat messages carry
 * their {@code roomId} and are readable by room members only.
 */
public record SearchDocument(
    DocType type,
    long id,
    String title,
    String summary,
    String body,
    String lessons,
    String answers,
    List<String> tags,
    String municipality,
    String state,
    String topic,
    String phase,
    Integer population,
    Boolean solved,
    String visibility,
    Set<Long> allowedMunicipalityIds,
    Long roomId,
    String authorName,
    Instant createdAt,
    String url) {

  public static final Set<String> VISIBILITIES = Set.of("PUBLIC", "NETWORK", "RESTRICTED");

  public SearchDocument {
    Objects.requireNonNull(type, "type");
    tags = tags == null ? List.of() : List.copyOf(tags);
    allowedMunicipalityIds =
        allowedMunicipalityIds == null ? Set.of() : Set.copyOf(allowedMunicipalityIds);
    visibility = visibility == null ? "PUBLIC" : visibility;
    if (!VISIBILITIES.contains(visibility)) {
      throw new IllegalArgumentException("visibility: " + visibility);
    }
    if (type == DocType.CHAT && roomId == null) {
      throw new IllegalArgumentException("roomId: required for CHAT");
    }
  }

  /** Unique key in the index, used for updates and deletes. */
  public String uid() {
    return uid(type, id);
  }

  public static String uid(DocType type, long id) {
    return type + ":" + id;
  }
}
