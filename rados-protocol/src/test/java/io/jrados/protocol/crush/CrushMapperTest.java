package io.jrados.protocol.crush;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every mapping crushtool (Ceph 16.2.15) printed for the fixture maps, recomputed by {@link
 * CrushMapper}: all five bucket algorithms, firstn and indep, chooseleaf, the legacy to jewel
 * tunables, device-class shadow trees, choose_args, and devices marked out or partly out.
 */
class CrushMapperTest {
  static Stream<Arguments> runs() {
    return Stream.of(
            "cluster.mappings",
            "mixed-jewel.mappings",
            "mixed-firefly.mappings",
            "mixed-bobtail.mappings",
            "mixed-argonaut.mappings",
            "classes.mappings",
            "choose-args.mappings")
        .flatMap(f -> CrushFixtures.runs(f).stream())
        .map(r -> Arguments.of(r.command(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void matchesCrushtool(String command, CrushFixtures.Run run) {
    CrushMap map = CrushFixtures.map(run.map());
    int[] weights = CrushFixtures.weights(map, run.weights());
    assertThat(run.expected()).as("recorded mappings").isNotEmpty();
    int[] result = new int[run.numRep()];
    for (Map.Entry<Integer, int[]> e : run.expected().entrySet()) {
      int x = e.getKey();
      // crushtool's --pool-id seeds x with the pool as placement does, but its tester maps with
      // the default (compat) choose_args set whatever the pool: pool-specific sets are checked
      // against osdmaptool in CrushPlacementFixtureTest.
      int realX =
          run.pool() == null
              ? x
              : CrushHash.hash32(CrushHash.RJENKINS1, x, (int) (long) run.pool());
      int n =
          CrushMapper.doRule(
              map, run.rule(), realX, result, run.numRep(), weights, CrushChooseArgs.DEFAULT_INDEX);
      assertThat(Arrays.copyOf(result, n)).as("x=%d", x).containsExactly(e.getValue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void repeatedCallsGiveTheSameAnswer(String command, CrushFixtures.Run run) {
    CrushMap map = CrushFixtures.map(run.map());
    int[] weights = CrushFixtures.weights(map, run.weights());
    int[] first = new int[run.numRep()];
    int[] second = new int[run.numRep()];
    List<Integer> xs = List.copyOf(run.expected().keySet()).subList(0, 16);
    for (int x : xs) {
      int n1 = CrushMapper.doRule(map, run.rule(), x, first, run.numRep(), weights, 7);
      int n2 = CrushMapper.doRule(map, run.rule(), x, second, run.numRep(), weights, 7);
      assertThat(Arrays.copyOf(second, n2)).isEqualTo(Arrays.copyOf(first, n1));
    }
  }
}
