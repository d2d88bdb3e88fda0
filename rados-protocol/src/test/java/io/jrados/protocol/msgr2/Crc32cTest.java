package io.jrados.protocol.msgr2;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * Pins {@link Crc32c} to Ceph's {@code ceph_crc32c} with the expected values of Ceph's own {@code
 * src/test/common/test_crc32c.cc}, and to a bitwise reference for arbitrary seeds.
 */
class Crc32cTest {
  private static long ceph(int seed, byte[] data) {
    return Integer.toUnsignedLong(Crc32c.compute(seed, data, 0, data.length));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] ones(int length) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) 1);
    return out;
  }

  @Test
  void matchesCephTestVectorsSmall() {
    assertThat(ceph(0, ascii("foo bar baz"))).isEqualTo(4119623852L);
    assertThat(ceph(1234, ascii("foo bar baz"))).isEqualTo(881700046L);
    assertThat(ceph(0, ascii("whiz bang boom"))).isEqualTo(2360230088L);
    assertThat(ceph(5678, ascii("whiz bang boom"))).isEqualTo(3743019208L);
  }

  @Test
  void matchesCephTestVectorsPartialWordAndBig() {
    assertThat(ceph(0, ones(5))).isEqualTo(2715569182L);
    assertThat(ceph(0, ones(35))).isEqualTo(440531800L);
    byte[] big = ones(4096000);
    assertThat(ceph(0, big)).isEqualTo(31583199L);
    assertThat(ceph(1234, big)).isEqualTo(1400919119L);
  }

  /**
   * Ceph's "Performance" vectors: 1000 MiB of {@code i & 0xff}, seeds 0 and 0xffffffff. Fed as 1
   * MiB chunks, each chunk seeded with the CRC so far, which is what a raw CRC allows.
   */
  @Test
  void matchesCephTestVectorsOver1000MiBChunked() {
    byte[] chunk = new byte[1 << 20];
    for (int i = 0; i < chunk.length; i++) {
      chunk[i] = (byte) i;
    }
    int fromZero = 0;
    int fromOnes = -1;
    for (int i = 0; i < 1000; i++) {
      fromZero = Crc32c.compute(fromZero, chunk, 0, chunk.length);
      fromOnes = Crc32c.compute(fromOnes, chunk, 0, chunk.length);
    }
    assertThat(Integer.toUnsignedLong(fromZero)).isEqualTo(261108528L);
    assertThat(Integer.toUnsignedLong(fromOnes)).isEqualTo(3895876243L);
  }

  @Test
  void seedMinusOneIsTheJdkValueInverted() {
    Random random = new Random(1);
    for (int length : new int[] {0, 1, 3, 4, 28, 41, 1000}) {
      byte[] data = TestBytes.random(random, length);
      CRC32C jdk = new CRC32C();
      jdk.update(data);
      assertThat(Crc32c.compute(-1, data, 0, length)).isEqualTo(~(int) jdk.getValue());
    }
    assertThat(Crc32c.compute(-1, new byte[0], 0, 0)).isEqualTo(0xFFFFFFFF);
    assertThat(Crc32c.compute(0, new byte[0], 0, 0)).isZero();
  }

  @Test
  void anySeedMatchesABitwiseReference() {
    Random random = new Random(2);
    for (int i = 0; i < 500; i++) {
      int seed = i < 3 ? new int[] {0, -1, 1}[i] : random.nextInt();
      byte[] data = TestBytes.random(random, random.nextInt(70));
      assertThat(Crc32c.compute(seed, data, 0, data.length))
          .as("seed %08x, %d bytes", seed, data.length)
          .isEqualTo(reference(seed, data));
    }
  }

  @Test
  void buffersOfEveryKindGiveTheSameCrc() {
    byte[] data = TestBytes.pattern(300, 5);
    int expected = reference(-1, Arrays.copyOfRange(data, 10, 290));
    ByteBuf heap = Unpooled.wrappedBuffer(data);
    ByteBuf direct = Unpooled.directBuffer(300).writeBytes(data);
    CompositeByteBuf composite = Unpooled.compositeBuffer();
    composite.addComponents(
        true,
        Unpooled.wrappedBuffer(Arrays.copyOfRange(data, 0, 100)),
        Unpooled.wrappedBuffer(Arrays.copyOfRange(data, 100, 300)));
    try {
      for (ByteBuf buf : new ByteBuf[] {heap, direct, composite, heap.slice(5, 295)}) {
        int offset = buf.capacity() == 295 ? 5 : 10;
        assertThat(Crc32c.segment(buf, offset, 280)).as(buf.toString()).isEqualTo(expected);
      }
    } finally {
      heap.release();
      direct.release();
      composite.release();
    }
  }

  @Test
  void preambleCrcUsesSeedZeroOverTwentyEightBytes() {
    byte[] preamble = TestBytes.resource("mon-hello-frame.bin");
    ByteBuf buf = Unpooled.wrappedBuffer(preamble);
    try {
      int onWire = buf.getIntLE(28);
      assertThat(Crc32c.preamble(buf, 0)).isEqualTo(onWire);
      assertThat(reference(0, Arrays.copyOf(preamble, 28))).isEqualTo(onWire);
    } finally {
      buf.release();
    }
  }

  /** The raw CRC-32C register update, one bit at a time: no table, no inversion. */
  private static int reference(int seed, byte[] data) {
    int crc = seed;
    for (byte b : data) {
      crc ^= b & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x82F63B78 : crc >>> 1;
      }
    }
    return crc;
  }
}
