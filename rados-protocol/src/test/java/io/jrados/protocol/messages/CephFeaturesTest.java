package io.jrados.protocol.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CephFeaturesTest {
  /** {@code ceph features} of the Pacific 16.2.15 test cluster's mons and OSD. */
  private static final long PACIFIC_SERVER_FEATURES = 0x3f01cfbdfffdffffL;

  @Test
  void incarnationMarkersArePartOfTheMasks() {
    assertThat(CephFeatures.SERVER_JEWEL).isEqualTo(1L << 57);
    assertThat(CephFeatures.SERVER_LUMINOUS).isEqualTo((1L << 21) | (1L << 57));
    assertThat(CephFeatures.SERVER_MIMIC).isEqualTo((1L << 28) | (1L << 57));
    assertThat(CephFeatures.SERVER_NAUTILUS).isEqualTo((1L << 2) | (1L << 28) | (1L << 57));
    assertThat(CephFeatures.SERVER_OCTOPUS).isEqualTo((1L << 16) | (1L << 28) | (1L << 57));
    assertThat(CephFeatures.SERVER_PACIFIC).isEqualTo((1L << 20) | (1L << 28) | (1L << 57));
  }

  @Test
  void hasNeedsTheWholeMask() {
    // Bit 2 alone is the retired MONCLOCKCHECK of a pre-Luminous peer, not Nautilus.
    assertThat(CephFeatures.has(1L << 2, CephFeatures.SERVER_NAUTILUS)).isFalse();
    assertThat(CephFeatures.has((1L << 2) | (1L << 57), CephFeatures.SERVER_NAUTILUS)).isFalse();
    assertThat(CephFeatures.has(CephFeatures.SERVER_NAUTILUS, CephFeatures.SERVER_NAUTILUS))
        .isTrue();
    assertThat(CephFeatures.has(PACIFIC_SERVER_FEATURES, CephFeatures.SERVER_PACIFIC)).isTrue();
  }

  @Test
  void advertisedSetIsTheKernelSetPlusMimicAndNautilus() {
    // The kernel's CEPH_FEATURES_SUPPORTED_DEFAULT, bit by bit.
    long kernel = 0;
    for (int bit :
        new int[] {
          1, 4, 6, 7, 9, 11, 13, 15, 18, 21, 23, 25, 27, 29, 30, 35, 36, 37, 39, 40, 41, 42, 43, 47,
          48, 56, 57, 58, 59, 61
        }) {
      kernel |= 1L << bit;
    }

    assertThat(CephFeatures.CLIENT_SUPPORTED)
        .isEqualTo(kernel | (1L << 28) | (1L << 2) | (1L << 5));
    assertThat(Long.toHexString(CephFeatures.CLIENT_SUPPORTED)).isEqualTo("2f018fb87aa4aaf6");
  }

  @Test
  void aPacificServerHasEverythingWeAdvertiseAndRequire() {
    assertThat(CephFeatures.CLIENT_SUPPORTED & ~PACIFIC_SERVER_FEATURES).isZero();
    assertThat(CephFeatures.has(PACIFIC_SERVER_FEATURES, CephFeatures.CLIENT_REQUIRED)).isTrue();
    assertThat(CephFeatures.missingNames(PACIFIC_SERVER_FEATURES, CephFeatures.CLIENT_REQUIRED))
        .isEmpty();
  }

  @Test
  void missingFeaturesAreNamed() {
    long luminousPeer = CephFeatures.SERVER_LUMINOUS | CephFeatures.MSG_ADDR2;

    assertThat(CephFeatures.missingNames(luminousPeer, CephFeatures.CLIENT_REQUIRED))
        .containsExactly("SERVER_NAUTILUS", "SERVER_MIMIC");
    assertThat(CephFeatures.missingNames(0, (1L << 62) | CephFeatures.MSG_ADDR2))
        .containsExactly("MSG_ADDR2", "bit 62");
  }

  @Test
  void lossyFlagIsBitZero() {
    assertThat(ConnectFlags.LOSSY).isEqualTo(1);
  }
}
