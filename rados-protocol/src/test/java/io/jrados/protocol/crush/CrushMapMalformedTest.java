package io.jrados.protocol.crush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jrados.protocol.ProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed CRUSH blobs fail with a specific ProtocolException, never anything else. */
class CrushMapMalformedTest {
  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  private static CrushMap decode(byte[] bytes) {
    ByteBuf buf = ALLOC.buffer(bytes.length);
    try {
      buf.writeBytes(bytes);
      return CrushMap.decode(buf);
    } finally {
      buf.release();
    }
  }

  /**
   * Decodes from an unpooled heap buffer: the truncation sweeps decode thousands of prefixes, and
   * the PARANOID leak detector would record a stack trace for every pooled one.
   */
  private static CrushMap decodeHeap(byte[] bytes) {
    return CrushMap.decode(Unpooled.wrappedBuffer(bytes));
  }

  /** Bytes of the fixture with a little-endian u32 overwritten at {@code offset}. */
  private static byte[] patched(String fixture, int offset, int value) {
    byte[] b = CrushFixtures.bytes(fixture);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
    return b;
  }

  @ParameterizedTest
  @ValueSource(strings = {"cluster.crush", "mixed-jewel.crush", "choose-args.crush"})
  void everyTruncationThatCutsARequiredFieldFails(String fixture) {
    byte[] full = CrushFixtures.bytes(fixture);
    int decoded = 0;
    for (int len = 0; len < full.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(full, len);
      try {
        decodeHeap(cut);
        decoded++; // ended exactly at an optional section: legal, as for old encoders
      } catch (ProtocolException e) {
        assertThat(e.getMessage()).as("length %d", len).startsWith("crush");
      }
    }
    // Only cuts at section boundaries after the name maps decode; most cuts must fail.
    assertThat(decoded).isLessThan(12);
    assertThat(decode(full)).isNotNull();
  }

  @Test
  void aMapThatEndsAfterTheNameMapsGetsLegacyTunables() {
    // Rebuild a pre-tunables encoding: everything up to the end of rule_name_map.
    CrushMap modern = CrushFixtures.map("cluster.crush");
    byte[] full = CrushFixtures.bytes("cluster.crush");
    CrushMap old = null;
    for (int len = full.length - 1; len > 0 && old == null; len--) {
      try {
        CrushMap m = decodeHeap(java.util.Arrays.copyOf(full, len));
        if (m.tunables().equals(CrushTunables.LEGACY)) {
          old = m;
        }
      } catch (ProtocolException e) {
        // not a section boundary
      }
    }
    assertThat(old).isNotNull();
    assertThat(old.ruleNames()).isEqualTo(modern.ruleNames());
    assertThat(old.deviceClasses()).isEmpty();
    assertThat(old.chooseArgs()).isEmpty();
  }

  @Test
  void badMagicIsRejected() {
    assertThatThrownBy(() -> decode(patched("cluster.crush", 0, 0x12345678)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("bad magic 0x12345678");
  }

  @Test
  void absurdBucketCountIsRejectedBeforeAllocating() {
    assertThatThrownBy(() -> decode(patched("cluster.crush", 4, -1)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("max_buckets count 4294967295");
  }

  @Test
  void absurdRuleCountIsRejected() {
    assertThatThrownBy(() -> decode(patched("cluster.crush", 8, 0x40000000)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("max_rules count 1073741824");
  }

  @Test
  void absurdDeviceCountIsRejected() {
    assertThatThrownBy(() -> decode(patched("cluster.crush", 12, 0x7fffffff)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("max_devices 2147483647 exceeds limit");
  }

  @Test
  void unknownBucketAlgorithmIsRejected() {
    // The first bucket slot starts right after the 16-byte header with its u32 alg.
    assertThatThrownBy(() -> decode(patched("cluster.crush", 16, 9)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unsupported bucket algorithm 9");
  }

  @Test
  void bucketIdThatDoesNotMatchItsSlotIsRejected() {
    assertThatThrownBy(() -> decode(patched("cluster.crush", 20, -7)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("id -7, expected -1");
  }

  @Test
  void absurdBucketSizeIsRejected() {
    // slot 0: alg u32, id s32, type u16, alg u8, hash u8, weight u32, then size u32 at 32.
    assertThatThrownBy(() -> decode(patched("cluster.crush", 32, 0x10000000)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("size count 268435456");
  }

  @Test
  void hugeTotalTriesAreRejected() {
    byte[] full = CrushFixtures.bytes("cluster.crush");
    CrushMap m = CrushFixtures.map("cluster.crush");
    assertThat(m.tunables().chooseTotalTries()).isEqualTo(50);
    // Find the tunables: local_tries 0, fallback 0, total 50 as three consecutive u32s.
    ByteBuffer bb = ByteBuffer.wrap(full).order(ByteOrder.LITTLE_ENDIAN);
    int at = -1;
    for (int i = 0; i + 12 <= full.length; i++) {
      if (bb.getInt(i) == 0 && bb.getInt(i + 4) == 0 && bb.getInt(i + 8) == 50) {
        at = i + 8;
      }
    }
    assertThat(at).isPositive();
    byte[] forged = patched("cluster.crush", at, -2);
    assertThatThrownBy(() -> decode(forged))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("choose_total_tries 4294967294 exceeds limit");
  }

  @Test
  void aBucketCycleIsRejectedRatherThanLoopingInTheMapper() {
    // cluster.crush: slot 0 is root "default" (id -1) holding host "vm" (-3) at offset 36; slot 2
    // is vm, whose first item, osd.0, sits at offset 92. Making vm hold the root closes a cycle.
    ByteBuffer original = ByteBuffer.wrap(CrushFixtures.bytes("cluster.crush"));
    original.order(ByteOrder.LITTLE_ENDIAN);
    assertThat(original.getInt(36)).isEqualTo(-3);
    assertThat(original.getInt(92)).isZero();
    byte[] forged = patched("cluster.crush", 92, -1);
    assertThatThrownBy(() -> decode(forged))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("which contains it");
  }

  @Test
  void emptyInputIsATruncation() {
    assertThatThrownBy(() -> decode(new byte[0]))
        .isInstanceOf(ProtocolException.class)
        .hasMessageStartingWith("crush map: truncated");
  }
}
