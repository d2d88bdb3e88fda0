package io.jrados.protocol.osd;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * Ceph's {@code pg_t}: a placement group, as a pool and a placement seed. On the wire it is not a
 * versioned struct but {@code u8 1, s64 pool, u32 seed, s32 preferred}, where {@code preferred} is
 * a long-dead field always written as -1.
 *
 * @param pool the pool id
 * @param seed the placement seed (the pg number within the pool), 0 to 2^32 - 1
 */
public record PgId(long pool, long seed) {
  /** Encoded size. */
  public static final int SIZE = 1 + 8 + 4 + 4;

  /** Checks that the seed fits its u32. */
  public PgId {
    if (seed < 0 || seed > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("pg seed out of range 0..2^32-1: " + seed);
    }
  }

  /** Reads a {@code pg_t}; fails on an encoding version other than 1. */
  public static PgId decode(CephDecoder decoder) {
    int version = decoder.u8();
    if (version != 1) {
      throw new ProtocolException("pg_t: encoding version " + version + ", expected 1");
    }
    long pool = decoder.s64();
    long seed = decoder.u32();
    decoder.s32(); // preferred: unused since Luminous, always -1
    return new PgId(pool, seed);
  }

  /** Writes {@code u8 1, s64 pool, u32 seed, s32 -1}. */
  public void encode(CephEncoder encoder) {
    encoder.u8(1).s64(pool).u32(seed).s32(-1);
  }

  /** Ceph's form, e.g. {@code 1.7} (pool, dot, seed in hex). */
  @Override
  public String toString() {
    return pool + "." + Long.toHexString(seed);
  }
}
