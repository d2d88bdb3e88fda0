package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Incrementals the mon sent, applied to an older full map, give exactly the full map the mon has
 * for the newer epoch, on every decoded field.
 */
class OsdMapApplyTest {
  @Test
  void applyingEveryIncrementalFromEpochOneReproducesEachCapturedFullMap() {
    OsdMap map = Fixtures.full(1);
    int checked = 0;
    for (int e = 2; e <= Fixtures.LAST_EPOCH; e++) {
      map = map.apply(Fixtures.inc(e));
      assertThat(map.epoch()).isEqualTo(e);
      if (isFull(e)) {
        OsdMap expected = Fixtures.full(e);
        assertThat(map).as("epoch %d", e).usingRecursiveComparison().isEqualTo(expected);
        assertThat(map).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(Fixtures.FULL_EPOCHS.length - 1);
  }

  @Test
  void theFirstIncrementalCarriesTheWholeMap() {
    OsdMapIncremental first = Fixtures.inc(1);
    assertThat(first.hasFullMap()).isTrue();
    assertThat(OsdMap.decode(Unpooled.wrappedBuffer(first.fullMap()))).isEqualTo(Fixtures.full(1));
  }

  @Test
  void incrementalsCarryWhatTheScenarioChanged() {
    // Epoch 66 raised max_osd to 5 (ceph osd setmaxosd 5) somewhere in 59..66.
    boolean sawMaxOsd = false;
    boolean sawOldPool = false;
    for (int e = 59; e <= 66; e++) {
      OsdMapIncremental inc = Fixtures.inc(e);
      sawMaxOsd |= inc.newMaxOsd() == 5;
      sawOldPool |= inc.oldPools().contains(6L);
    }
    assertThat(sawMaxOsd).isTrue();
    assertThat(sawOldPool).isTrue();
    assertThat(Fixtures.full(66).maxOsd()).isEqualTo(5);
    assertThat(Fixtures.full(66).exists(4)).isFalse();
  }

  @Test
  void anIncrementalForAnotherEpochIsRefused() {
    OsdMap map = Fixtures.full(28);
    assertThatThrownBy(() -> map.apply(Fixtures.inc(30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epoch 30")
        .hasMessageContaining("epoch 28");
    assertThatThrownBy(() -> map.apply(Fixtures.inc(28)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIncrementalForAnotherClusterIsRefused() {
    OsdMap map = Fixtures.full(28);
    OsdMapIncremental inc = Fixtures.inc(29);
    UUID other = UUID.fromString("00000000-0000-0000-0000-000000000001");
    OsdMapIncremental foreign =
        new OsdMapIncremental(
            other,
            inc.epoch(),
            inc.modified(),
            inc.newPoolMax(),
            inc.newFlags(),
            inc.fullMap(),
            inc.crush(),
            inc.newMaxOsd(),
            inc.newPools(),
            inc.newPoolNames(),
            inc.oldPools(),
            inc.newUpClient(),
            inc.newState(),
            inc.newWeight(),
            inc.newPgTemp(),
            inc.newPrimaryTemp(),
            inc.newPrimaryAffinity(),
            inc.newErasureCodeProfiles(),
            inc.oldErasureCodeProfiles(),
            inc.newPgUpmap(),
            inc.oldPgUpmap(),
            inc.newPgUpmapItems(),
            inc.oldPgUpmapItems(),
            inc.newPgUpmapPrimary(),
            inc.oldPgUpmapPrimary(),
            inc.newLastUpChange(),
            inc.newLastInChange(),
            inc.newNearfullRatio(),
            inc.newFullRatio(),
            inc.newBackfillfullRatio(),
            inc.newRequireMinCompatClient(),
            inc.newRequireOsdRelease());
    assertThatThrownBy(() -> map.apply(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(other.toString());
  }

  private static boolean isFull(int epoch) {
    return Arrays.stream(Fixtures.FULL_EPOCHS).anyMatch(e -> e == epoch);
  }
}
