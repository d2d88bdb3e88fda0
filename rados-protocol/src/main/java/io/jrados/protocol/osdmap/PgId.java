package io.jrados.protocol.osdmap;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;

/**
 * Ceph's {@code pg_t}: a placement group, named by its pool and a seed.
 *
 * <p>A <em>raw</em> pg carries the full 32-bit object hash as its seed; folding the seed with the
 * pool's {@code pg_num} ({@link PgPool#rawPgToPg}) gives the <em>actual</em> pg that holds the
 * object. Text form as Ceph prints it: {@code POOL.SEEDHEX}, e.g. {@code 3.1f}.
 *
 * <p>Encoded as {@code u8 version (1), s64 pool, u32 seed, s32 preferred} where {@code preferred}
 * is a retired field Ceph always writes as -1.
 *
 * @param pool the pool id
 * @param seed the placement seed, an unsigned 32-bit value kept in an {@code int}
 */
public record PgId(long pool, int seed) implements Comparable<PgId> {
  /** Encoded size: version, pool, seed, preferred. */
  static final int ENCODED_SIZE = 1 + 8 + 4 + 4;

  /** Parses {@code POOL.SEEDHEX}. */
  public static PgId parse(String text) {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new IllegalArgumentException("not a pg id (POOL.HEXSEED): '" + text + "'");
    }
    try {
      long pool = Long.parseLong(text.substring(0, dot));
      long seed = Long.parseLong(text.substring(dot + 1), 16);
      if (seed < 0 || seed > 0xFFFF_FFFFL) {
        throw new IllegalArgumentException("pg seed out of u32 range: '" + text + "'");
      }
      return new PgId(pool, (int) seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a pg id (POOL.HEXSEED): '" + text + "'", e);
    }
  }

  /** Reads a {@code pg_t}. The version byte is not checked, as Ceph does not check it. */
  public static PgId decode(CephDecoder decoder) {
    decoder.u8();
    long pool = decoder.s64();
    int seed = decoder.s32();
    decoder.s32(); // preferred: retired, always -1
    return new PgId(pool, seed);
  }

  /** Writes a {@code pg_t} as Ceph does: version 1, pool, seed, preferred -1. */
  public void encode(CephEncoder encoder) {
    encoder.u8(1).s64(pool).s32(seed).s32(-1);
  }

  // Written out rather than the record's generated pair: those go through method handles, which
  // the command-line JIT (C1 alone) does not inline, and every op's placement looks a pg up.
  @Override
  public boolean equals(Object o) {
    return o instanceof PgId other && pool == other.pool && seed == other.seed;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pool) * 31 + seed;
  }

  /** The seed as an unsigned value. */
  public long unsignedSeed() {
    return Integer.toUnsignedLong(seed);
  }

  /** Ceph's order: by pool, then by seed (unsigned). */
  @Override
  public int compareTo(PgId other) {
    int byPool = Long.compare(pool, other.pool);
    return byPool != 0 ? byPool : Integer.compareUnsigned(seed, other.seed);
  }

  /** {@code POOL.SEEDHEX}, as Ceph prints a pg. */
  @Override
  public String toString() {
    return pool + "." + Integer.toHexString(seed);
  }
}
