package io.jrados.protocol.msgr2;

import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Ceph's {@code ceph_crc32c(seed, data)}, computed with the JDK's {@link CRC32C}, which the JIT
 * turns into the CPU's CRC32C instructions.
 *
 * <p>{@code ceph_crc32c} (and the kernel's {@code crc32c}) is the <em>raw</em> CRC-32C register
 * update (Castagnoli, reflected polynomial {@code 0x82F63B78}): the seed is the initial register,
 * the result is the final register, and nothing is inverted. {@link CRC32C} instead starts from
 * {@code 0xFFFFFFFF} and inverts its result. So:
 *
 * <ul>
 *   <li>seed {@code -1}, used for segments: {@code ceph_crc32c(-1, x) == ~CRC32C(x)}.
 *   <li>any other seed {@code s}: feeding four bytes {@code w} to a register {@code R} leaves
 *       {@code F(R ^ le32(w))}, where {@code F} (32 shift-and-reduce steps) is linear and
 *       invertible. Four prefix bytes with {@code le32(w) = ~F⁻¹(s)} therefore move the JDK's
 *       register from {@code 0xFFFFFFFF} to exactly {@code s}, and {@code ceph_crc32c(s, x) ==
 *       ~CRC32C(w ‖ x)}. For seed {@code 0}, used for the preamble, {@code w} is {@code FF FF FF
 *       FF}.
 * </ul>
 *
 * <p>{@code Crc32cTest} pins both against the expected values in Ceph's {@code
 * src/test/common/test_crc32c.cc} and against a plain bitwise reference.
 */
public final class Crc32c {
  private static final int POLY = 0x82F63B78;
  private static final byte[] SEED_ZERO_PREFIX = {-1, -1, -1, -1};

  private Crc32c() {}

  /** {@code ceph_crc32c(0, ...)} over the 28 bytes of a preamble starting at {@code index}. */
  public static int preamble(ByteBuf buf, int index) {
    return compute(0, buf, index, Msgr2Constants.PREAMBLE_CRC_COVERED);
  }

  /**
   * {@code ceph_crc32c(-1, ...)}, the CRC of a segment, over {@code length} bytes at {@code index}.
   */
  public static int segment(ByteBuf buf, int index, int length) {
    return compute(-1, buf, index, length);
  }

  /** {@code ceph_crc32c(seed, ...)} over {@code length} bytes of {@code buf} at {@code index}. */
  public static int compute(int seed, ByteBuf buf, int index, int length) {
    CRC32C crc = start(seed);
    update(crc, buf, index, length);
    return finish(crc);
  }

  /** A running segment CRC ({@code ceph_crc32c(-1, ...)}), fed by {@link #update}. */
  static CRC32C startSegment() {
    return start(-1);
  }

  /** The value of a running CRC started by {@link #startSegment}. */
  static int finishSegment(CRC32C crc) {
    return finish(crc);
  }

  /** Feeds {@code length} bytes of {@code buf} at {@code index} to a running CRC. */
  static void update(CRC32C crc, ByteBuf buf, int index, int length) {
    if (length > 0) {
      if (buf.hasArray()) {
        crc.update(buf.array(), buf.arrayOffset() + index, length);
      } else if (buf.nioBufferCount() == 1) {
        // The buffer's own cached NIO view: no per-call ByteBuffer, as nioBuffers() allocates.
        crc.update(buf.internalNioBuffer(index, length));
      } else {
        for (ByteBuffer part : buf.nioBuffers(index, length)) {
          crc.update(part);
        }
      }
    }
  }

  /** {@code ceph_crc32c(seed, ...)} over {@code length} bytes of {@code data} at {@code offset}. */
  public static int compute(int seed, byte[] data, int offset, int length) {
    CRC32C crc = start(seed);
    crc.update(data, offset, length);
    return finish(crc);
  }

  private static CRC32C start(int seed) {
    CRC32C crc = new CRC32C();
    if (seed == 0) {
      crc.update(SEED_ZERO_PREFIX);
    } else if (seed != -1) {
      int word = ~unshift32(seed);
      crc.update(
          new byte[] {
            (byte) word, (byte) (word >>> 8), (byte) (word >>> 16), (byte) (word >>> 24)
          });
    }
    return crc;
  }

  private static int finish(CRC32C crc) {
    return ~(int) crc.getValue();
  }

  /**
   * The inverse of 32 register steps with no input: the register that 32 steps turn into {@code
   * register}. One forward step is {@code r' = (r >>> 1) ^ (r & 1) * POLY}; {@code POLY} has its
   * top bit set and {@code r >>> 1} never does, so the top bit of {@code r'} tells whether the
   * polynomial was added, i.e. the bit that was shifted out.
   */
  private static int unshift32(int register) {
    int r = register;
    for (int i = 0; i < 32; i++) {
      r = r < 0 ? ((r ^ POLY) << 1) | 1 : r << 1;
    }
    return r;
  }
}
