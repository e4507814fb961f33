package de.pilotnetz.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  static Municipality town(long id, String name, State state, int population) throws Exception {
    Municipality m = new Municipality(name, state.code() + "000000", state, population, null, Instant.EPOCH);
    Field f = Municipality.class.getDeclaredField("id");
    f.setAccessible(true);
    f.set(m, id);
    return m;
  }

  @Test
  void ranksSameStateSimilarSizeAndSharedTopicsWithReasons() throws Exception {
    Municipality wunsiedel = town(1, "Wunsiedel", State.BAYERN, 9_000);
    Municipality hof = town(2, "Hof-Land", State.BAYERN, 12_000);
    Municipality bamberg = town(3, "Bamberg", State.BAYERN, 79_000);
    Municipality buesum = town(4, "Büsum", State.SCHLESWIG_HOLSTEIN, 4_900);
    Municipality berlin = town(5, "Berlin", State.BERLIN, 3_700_000);
    Map<Long, Set<String>> topics = Map.of(1L, Set.of("Breitband", "Energie", "Mobilität"),
        2L, Set.of("Breitband"), 4L, Set.of("Breitband", "Energie", "Mobilität"));
    List<SimilarMunicipality> r = Similarity.rank(wunsiedel,
        List.of(wunsiedel, hof, bamberg, buesum, berlin), topics, 5);
    assertEquals("Hof-Land", r.get(0).municipality().name()); // 3 + 2 + 1
    assertEquals("gleiches Land, ähnliche Größe, 1 gemeinsames Thema", r.get(0).reason());
    // Bamberg (same state 3, neighbouring size 1) and Büsum (neighbouring size 1, 3 topics) tie at 4.
    assertEquals("Bamberg", r.get(1).municipality().name());
    assertEquals("Büsum", r.get(2).municipality().name());
    assertEquals(4, r.get(2).score());
    assertEquals(List.of("Breitband", "Energie", "Mobilität"), r.get(2).sharedTopics());
    assertTrue(r.stream().noneMatch(s -> s.municipality().name().equals("Wunsiedel")));
    assertTrue(r.stream().noneMatch(s -> s.municipality().name().equals("Berlin")), "no reason, no place");
  }
}
