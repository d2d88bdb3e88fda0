package io.jrados.protocol.crush;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which rule a pool runs, checked against Pacific's own OSDMap code: each fixture crush map was
 * imported into the real cluster's OSDMap and {@code osdmaptool --test-map-pgs-dump-all --pool 2}
 * printed the raw CRUSH output of every PG of pool 2 (replicated, size 3, crush_rule 0). The
 * variants swap the rulesets of rules 0 and 1, shrink rule 0's max_size to 2, or make it an erasure
 * rule: Pacific matches on the mask, not on the rule id.
 */
class CrushFindRuleTest {
  private static final int POOL = 2;
  private static final int SIZE = 3;

  @ParameterizedTest
  @CsvSource({
    "findrule-base.crush, 0",
    "findrule-swapped.crush, 1",
    "findrule-maxsize2.crush, -1",
    "findrule-erasure.crush, -1"
  })
  void rulePickedAndPlacementsMatchOsdmaptool(String fixture, int expectedRule) {
    CrushMap map = CrushFixtures.map(fixture);
    int rule = map.findRule(0, CrushRule.TYPE_REPLICATED, SIZE);
    assertThat(rule).isEqualTo(expectedRule);

    Map<String, int[]> raw = expectedRaw(fixture);
    assertThat(raw).hasSize(16);
    int[] weights = new int[map.maxDevices()];
    Arrays.fill(weights, 0x10000);
    int[] result = new int[SIZE];
    for (Map.Entry<String, int[]> e : raw.entrySet()) {
      int seed = Integer.parseInt(e.getKey().substring(e.getKey().indexOf('.') + 1), 16);
      int pps = CrushHash.hash32(CrushHash.RJENKINS1, seed, POOL);
      int n = rule < 0 ? 0 : CrushMapper.doRule(map, rule, pps, result, SIZE, weights, POOL);
      assertThat(Arrays.copyOf(result, n)).as("pg %s", e.getKey()).containsExactly(e.getValue());
    }
  }

  private static Map<String, int[]> expectedRaw(String fixture) {
    String text = new String(CrushFixtures.bytes("findrule.pgs"), StandardCharsets.UTF_8);
    List<String> section = new ArrayList<>();
    boolean in = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("@ ")) {
        in = line.substring(2).equals(fixture);
      } else if (in) {
        section.add(line);
      }
    }
    Pattern p = Pattern.compile("^(\\d+\\.[0-9a-f]+) raw \\(\\[([0-9,]*)\\]");
    Map<String, int[]> out = new LinkedHashMap<>();
    for (String line : section) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        out.put(
            m.group(1),
            m.group(2).isEmpty()
                ? new int[0]
                : Arrays.stream(m.group(2).split(",")).mapToInt(Integer::parseInt).toArray());
      }
    }
    return out;
  }
}
