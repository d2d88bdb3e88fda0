package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Placement agrees with Ceph's: every pg of every pool at every captured epoch against {@code
 * osdmaptool --test-map-pgs-dump-all}, and 4,400 object names (a third with namespaces) against
 * {@code ceph osd map}.
 */
class PlacementTest {
  private static final Pattern PG_LINE =
      Pattern.compile(
          "(\\S+) raw \\(\\[([^\\]]*)\\], p(-?\\d+)\\) up \\(\\[([^\\]]*)\\], p(-?\\d+)\\)"
              + " acting \\(\\[([^\\]]*)\\], p(-?\\d+)\\)");

  static int[] epochs() {
    return Fixtures.FULL_EPOCHS;
  }

  @ParameterizedTest
  @MethodSource("epochs")
  void everyPgMapsAsOsdmaptoolMapsIt(int epoch) {
    OsdMap map = Fixtures.full(epoch);
    int pgs = 0;
    for (String line : Fixtures.text("pgs-" + epoch + ".txt").split("\n")) {
      Matcher m = PG_LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      PgMapping got = map.map(PgId.parse(m.group(1)));
      assertThat(got.pgid().toString()).as(line).isEqualTo(m.group(1));
      assertThat(got.up()).as(line).isEqualTo(ints(m.group(4)));
      assertThat(got.upPrimary()).as(line).isEqualTo(Integer.parseInt(m.group(5)));
      assertThat(got.acting()).as(line).isEqualTo(ints(m.group(6)));
      assertThat(got.actingPrimary()).as(line).isEqualTo(Integer.parseInt(m.group(7)));
      pgs++;
    }
    int expected = map.pools().values().stream().mapToInt(PgPool::pgNum).sum();
    assertThat(pgs).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(ints = {53, 66})
  void objectsMapAsCephOsdMapMapsThem(int epoch) {
    OsdMap map = Fixtures.full(epoch);
    List<JsonNode> objects = Fixtures.jsonLines("objects-" + epoch + ".jsonl");
    assertThat(objects).hasSizeGreaterThan(1900);
    int withNamespace = 0;
    for (JsonNode o : objects) {
      assertThat(o.get("epoch").asLong()).isEqualTo(epoch);
      String ns = o.get("req_nspace").asText();
      withNamespace += ns.isEmpty() ? 0 : 1;
      PgMapping got = map.locate(o.get("pool_id").asLong(), o.get("req_object").asText(), ns, null);
      String what = o.toString();
      assertThat(got.rawPg().toString()).as(what).isEqualTo(o.get("raw_pgid").asText());
      assertThat(got.pgid().toString()).as(what).isEqualTo(o.get("pgid").asText());
      assertThat(got.up()).as(what).isEqualTo(ints(o.get("up")));
      assertThat(got.upPrimary()).as(what).isEqualTo(o.get("up_primary").asInt());
      assertThat(got.acting()).as(what).isEqualTo(ints(o.get("acting")));
      assertThat(got.actingPrimary()).as(what).isEqualTo(o.get("acting_primary").asInt());
    }
    assertThat(withNamespace).isGreaterThan(objects.size() / 4);
  }

  @Test
  void aLocatorKeyPlacesTheObjectWhereAnObjectNamedByTheKeyGoes() {
    OsdMap map = Fixtures.full(66);
    for (String key : List.of("a", "rbd_header.1234", "x".repeat(40))) {
      PgMapping byKey = map.locate(3, "some-object", "ns", key);
      PgMapping named = map.locate(3, key, "ns", null);
      assertThat(byKey).isEqualTo(named);
      assertThat(map.locate(3, "some-object", "ns", ""))
          .isEqualTo(map.locate(3, "some-object", "ns", null));
    }
  }

  @Test
  void erasureCodedPrimaryShardIsItsPositionInActing() {
    OsdMap map = Fixtures.full(53);
    int checked = 0;
    for (int seed = 0; seed < 8; seed++) {
      PgMapping m = map.map(new PgId(4, seed));
      assertThat(m.erasure()).isTrue();
      if (m.actingPrimary() >= 0) {
        assertThat(m.acting().get(m.primaryShard())).isEqualTo(m.actingPrimary());
        checked++;
      }
    }
    assertThat(checked).isPositive();
    assertThat(map.map(new PgId(3, 0)).primaryShard()).isEqualTo(PgMapping.NO_SHARD);
  }

  @Test
  void aPoolNotInTheMap() {
    OsdMap map = Fixtures.full(66);
    PgMapping m = map.map(new PgId(6, 1));
    assertThat(m.up()).isEmpty();
    assertThat(m.acting()).isEmpty();
    assertThat(m.actingPrimary()).isEqualTo(-1);
    assertThatThrownBy(() -> map.locate(6, "obj", "", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pool 6");
  }

  private static List<Integer> ints(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String part : csv.split(",")) {
      if (!part.isBlank()) {
        out.add(Integer.parseInt(part.trim()));
      }
    }
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }
}
