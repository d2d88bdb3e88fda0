package io.jrados.protocol.osdmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

class PgIdTest {
  @Test
  void textFormIsPoolDotHexSeed() {
    assertThat(new PgId(3, 0x1f).toString()).isEqualTo("3.1f");
    assertThat(new PgId(1, 0x9cd355).toString()).isEqualTo("1.9cd355");
    assertThat(PgId.parse("4.a8f1c41b")).isEqualTo(new PgId(4, 0xa8f1c41b));
    assertThat(PgId.parse("4.a8f1c41b").unsignedSeed()).isEqualTo(0xa8f1c41bL);
  }

  @Test
  void badTextIsRefused() {
    for (String bad : new String[] {"", "3", "3.", ".1", "x.1", "3.g", "3.1ffffffff"}) {
      assertThatThrownBy(() -> PgId.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void ordersByPoolThenUnsignedSeed() {
    assertThat(new PgId(1, -1)).isGreaterThan(new PgId(1, 5));
    assertThat(new PgId(2, 0)).isGreaterThan(new PgId(1, -1));
  }

  @Test
  void stableModKeepsSeedsBelowPgNum() {
    // pg_num 12: mask 15; seeds 12..15 fold to 4..7, as in the captured r2 pool.
    assertThat(PgPool.stableMod(13, 12, 15)).isEqualTo(5);
    assertThat(PgPool.stableMod(11, 12, 15)).isEqualTo(11);
    assertThat(PgPool.stableMod(0x2a5b3eaf, 8, 7)).isEqualTo(7);
  }

  @Test
  void theClisEncodingDecodesToTheSameMap() {
    // ceph osd getmap (all features) differs from what jrados is sent only in the OSD-only part.
    OsdMap cli = OsdMap.decode(Unpooled.wrappedBuffer(Fixtures.bytes("cli-full-53.bin")));
    assertThat(cli).isEqualTo(Fixtures.full(53));
    assertThat(Fixtures.bytes("cli-full-53.bin")).isNotEqualTo(Fixtures.bytes("full-53.bin"));
  }
}
