package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jrados.protocol.encoding.EntityAddrVec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field decoded from the captured full maps agrees with {@code osdmaptool FILE --dump json}
 * of the same file (Ceph's own decoder).
 */
class OsdMapDecodeTest {
  static int[] epochs() {
    return Fixtures.FULL_EPOCHS;
  }

  @ParameterizedTest
  @MethodSource("epochs")
  void mapFieldsMatchOsdmaptool(int epoch) {
    OsdMap map = Fixtures.full(epoch);
    JsonNode dump = Fixtures.dump(epoch);

    assertThat(map.epoch()).isEqualTo(dump.get("epoch").asLong());
    assertThat(map.fsid().toString()).isEqualTo(dump.get("fsid").asText());
    assertThat(map.flags()).isEqualTo(dump.get("flags_num").asLong());
    assertThat(map.crushVersion()).isEqualTo(dump.get("crush_version").asLong());
    assertThat(map.poolMax()).isEqualTo(dump.get("pool_max").asLong());
    assertThat(map.maxOsd()).isEqualTo(dump.get("max_osd").asInt());
    assertThat((double) map.fullRatio()).isEqualTo(dump.get("full_ratio").asDouble());
    assertThat((double) map.nearfullRatio()).isEqualTo(dump.get("nearfull_ratio").asDouble());
    assertThat((double) map.backfillfullRatio())
        .isEqualTo(dump.get("backfillfull_ratio").asDouble());
    assertThat(releaseName(map.requireOsdRelease()))
        .isEqualTo(dump.get("require_osd_release").asText());
    assertThat(map.created().toInstant().toString().substring(0, 19))
        .isEqualTo(dump.get("created").asText().substring(0, 19));

    Map<Long, String> names = new TreeMap<>();
    for (JsonNode p : dump.get("pools")) {
      long id = p.get("pool").asLong();
      names.put(id, p.get("pool_name").asText());
      PgPool pool = map.pool(id).orElseThrow();
      assertThat(map.poolId(p.get("pool_name").asText())).hasValue(id);
      assertThat(pool.type()).isEqualTo(p.get("type").asInt());
      assertThat(pool.size()).isEqualTo(p.get("size").asInt());
      assertThat(pool.minSize()).isEqualTo(p.get("min_size").asInt());
      assertThat(pool.crushRule()).isEqualTo(p.get("crush_rule").asInt());
      assertThat(pool.objectHash()).isEqualTo(p.get("object_hash").asInt());
      assertThat(pool.pgNum()).isEqualTo(p.get("pg_num").asInt());
      assertThat(pool.pgpNum()).isEqualTo(p.get("pg_placement_num").asInt());
      assertThat(pool.flags()).isEqualTo(p.get("flags").asLong());
      assertThat(pool.lastChange()).isEqualTo(p.get("last_change").asLong());
      assertThat(pool.lastForceOpResend()).isEqualTo(p.get("last_force_op_resend").asLong());
      assertThat(pool.lastForceOpResendPrenautilus())
          .isEqualTo(p.get("last_force_op_resend_prenautilus").asLong());
      assertThat(pool.lastForceOpResendPreluminous())
          .isEqualTo(p.get("last_force_op_resend_preluminous").asLong());
      assertThat(pool.tierOf()).isEqualTo(p.get("tier_of").asLong());
      assertThat(pool.readTier()).isEqualTo(p.get("read_tier").asLong());
      assertThat(pool.writeTier()).isEqualTo(p.get("write_tier").asLong());
      assertThat(pool.tiers()).hasSize(p.get("tiers").size());
      assertThat(pool.quotaMaxBytes()).isEqualTo(p.get("quota_max_bytes").asLong());
      assertThat(pool.quotaMaxObjects()).isEqualTo(p.get("quota_max_objects").asLong());
      assertThat(pool.stripeWidth()).isEqualTo(p.get("stripe_width").asLong());
      assertThat(pool.erasureCodeProfile()).isEqualTo(p.get("erasure_code_profile").asText());
      assertThat(pool.snapSeq()).isEqualTo(p.get("snap_seq").asLong());
      assertThat(pool.applicationMetadata().keySet())
          .containsExactlyInAnyOrderElementsOf(iterable(p.get("application_metadata")));
    }
    assertThat(map.poolNames()).isEqualTo(names);
    assertThat(map.pools().keySet()).isEqualTo(names.keySet());

    int seen = 0;
    for (JsonNode o : dump.get("osds")) {
      int id = o.get("osd").asInt();
      seen++;
      assertThat(map.exists(id)).isTrue();
      assertThat(map.isUp(id)).isEqualTo(o.get("up").asInt() == 1);
      assertThat(map.isIn(id)).isEqualTo(o.get("in").asInt() == 1);
      assertThat(map.weight(id) / 65536.0).isCloseTo(o.get("weight").asDouble(), within());
      assertThat(map.primaryAffinity(id) / 65536.0)
          .isCloseTo(o.get("primary_affinity").asDouble(), within());
      assertThat(addrs(map.addrs(id))).isEqualTo(dumpAddrs(o.get("public_addrs")));
    }
    int existing = 0;
    for (int i = -1; i <= map.maxOsd(); i++) {
      existing += map.exists(i) ? 1 : 0;
    }
    assertThat(existing).isEqualTo(seen);

    Map<String, List<Integer>> pgTemp = new TreeMap<>();
    for (JsonNode t : dump.get("pg_temp")) {
      pgTemp.put(t.get("pgid").asText(), ints(t.get("osds")));
    }
    assertThat(byText(map.pgTemp())).isEqualTo(pgTemp);
    // The dump writes primary_temp as alternating "pgid" and "osd" keys of one array.
    Map<String, Integer> primaryTemp = new TreeMap<>();
    JsonNode pt = dump.get("primary_temp");
    for (int i = 0; i + 1 < pt.size(); i += 2) {
      primaryTemp.put(pt.get(i).asText(), pt.get(i + 1).asInt());
    }
    assertThat(byText(map.primaryTemp())).isEqualTo(primaryTemp);
    Map<String, List<Integer>> upmap = new TreeMap<>();
    for (JsonNode u : dump.get("pg_upmap")) {
      upmap.put(u.get("pgid").asText(), ints(u.get("osds")));
    }
    assertThat(byText(map.pgUpmap())).isEqualTo(upmap);
    Map<String, List<UpmapItem>> items = new TreeMap<>();
    for (JsonNode u : dump.get("pg_upmap_items")) {
      List<UpmapItem> pairs = new ArrayList<>();
      for (JsonNode m : u.get("mappings")) {
        pairs.add(new UpmapItem(m.get("from").asInt(), m.get("to").asInt()));
      }
      items.put(u.get("pgid").asText(), pairs);
    }
    assertThat(byText(map.pgUpmapItems())).isEqualTo(items);
    Map<String, Map<String, String>> profiles = new TreeMap<>();
    dump.get("erasure_code_profiles")
        .fields()
        .forEachRemaining(
            e -> {
              Map<String, String> kv = new HashMap<>();
              e.getValue()
                  .fields()
                  .forEachRemaining(f -> kv.put(f.getKey(), f.getValue().asText()));
              profiles.put(e.getKey(), kv);
            });
    assertThat(map.erasureCodeProfiles()).isEqualTo(profiles);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-4);
  }

  private static String releaseName(int release) {
    String[] names = {
      "unknown", "argonaut", "bobtail", "cuttlefish", "dumpling", "emperor", "firefly", "giant",
      "hammer", "infernalis", "jewel", "kraken", "luminous", "mimic", "nautilus", "octopus",
      "pacific", "quincy", "reef"
    };
    return release < names.length ? names[release] : "release " + release;
  }

  private static List<String> iterable(JsonNode object) {
    List<String> out = new ArrayList<>();
    object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static List<Integer> ints(JsonNode array) {
    List<Integer> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static <V> Map<String, V> byText(Map<PgId, V> map) {
    Map<String, V> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k.toString(), v));
    return out;
  }

  private static List<String> addrs(EntityAddrVec vec) {
    List<String> out = new ArrayList<>();
    vec.addrs().forEach(a -> out.add(a.toString()));
    return out;
  }

  private static List<String> dumpAddrs(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : node.get("addrvec")) {
      out.add(a.get("type") + ":" + a.get("addr").asText() + "/" + a.get("nonce").asText());
    }
    return out.stream().map(s -> s.replace("\"", "")).toList();
  }
}
