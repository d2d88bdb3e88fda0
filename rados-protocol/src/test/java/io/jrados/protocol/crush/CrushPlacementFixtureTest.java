package io.jrados.protocol.crush;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Placement with per-pool choose_args, checked against {@code osdmaptool --test-map-pgs-dump} on
 * the OSDMap of a real Pacific cluster: pool 1 has its own positional weight set, pool 2 falls back
 * to the compat set. Every OSD is up and in and nothing is upmapped, so the up sets osdmaptool
 * prints are CRUSH's raw output.
 */
class CrushPlacementFixtureTest {
  private static final int POOL_SIZE = 3;

  @Test
  void everyPgOfBothPoolsMapsAsOsdmaptoolSays() {
    CrushMap map = CrushFixtures.map("cluster-weightsets.crush");
    assertThat(map.chooseArgs()).containsOnlyKeys(CrushChooseArgs.DEFAULT_INDEX, 1L);
    Map<String, int[]> expected = expectedUpSets();
    assertThat(expected).hasSize(32 + 16);
    int[] weights = new int[map.maxDevices()];
    Arrays.fill(weights, 0x10000);
    int[] result = new int[POOL_SIZE];
    for (Map.Entry<String, int[]> e : expected.entrySet()) {
      String[] pg = e.getKey().split("\\.");
      int pool = Integer.parseInt(pg[0]);
      int seed = Integer.parseInt(pg[1], 16);
      // Both pools are hashpspool with a power-of-two pgp_num, so the placement seed is simply
      // the pg seed hashed with the pool id.
      int pps = CrushHash.hash32(CrushHash.RJENKINS1, seed, pool);
      int rule = map.findRule(0, CrushRule.TYPE_REPLICATED, POOL_SIZE);
      int n = CrushMapper.doRule(map, rule, pps, result, POOL_SIZE, weights, pool);
      assertThat(Arrays.copyOf(result, n)).as("pg %s", e.getKey()).containsExactly(e.getValue());
    }
  }

  @Test
  void thePoolSetAndTheCompatSetBothChangePlacements() {
    CrushMap map = CrushFixtures.map("cluster-weightsets.crush");
    int[] weights = new int[map.maxDevices()];
    Arrays.fill(weights, 0x10000);
    int[] a = new int[POOL_SIZE];
    int[] b = new int[POOL_SIZE];
    int differ = 0;
    for (int x = 0; x < 256; x++) {
      CrushMapper.doRule(map, 0, x, a, POOL_SIZE, weights, 1);
      CrushMapper.doRule(map, 0, x, b, POOL_SIZE, weights, CrushChooseArgs.DEFAULT_INDEX);
      if (!Arrays.equals(a, b)) {
        differ++;
      }
    }
    assertThat(differ).as("inputs mapped differently by set 1 and the compat set").isPositive();
  }

  private static Map<String, int[]> expectedUpSets() {
    String text = new String(CrushFixtures.bytes("cluster-weightsets.pgs"), StandardCharsets.UTF_8);
    Map<String, int[]> out = new LinkedHashMap<>();
    // "1.0 raw ([1,0], p1) up ([1,0], p1) acting ([1,0,2], p1)": the raw set is CRUSH's output
    // (acting may differ: the OSDs had asked for pg_temp while peering).
    Pattern line = Pattern.compile("^(\\d+\\.[0-9a-f]+) raw \\(\\[([0-9,]*)\\]", Pattern.MULTILINE);
    Matcher m = line.matcher(text);
    while (m.find()) {
      out.put(
          m.group(1),
          m.group(2).isEmpty()
              ? new int[0]
              : Arrays.stream(m.group(2).split(",")).mapToInt(Integer::parseInt).toArray());
    }
    return out;
  }
}
