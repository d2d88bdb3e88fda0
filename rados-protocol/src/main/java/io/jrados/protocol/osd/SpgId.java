package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import io.jrados.protocol.osdmap.PgId;

/**
 * Ceph's {@code spg_t}: a placement group and, in an erasure-coded pool, the shard of it; {@code
 * ENCODE_START(1, 1) { pg_t, s8 shard }}.
 *
 * @param pg the placement group
 * @param shard the shard, or {@link #NO_SHARD} in a replicated pool
 */
public record SpgId(PgId pg, int shard) {
  /** The shard of a replicated pool's PG ({@code shard_id_t::NO_SHARD}). */
  public static final int NO_SHARD = -1;

  /** Checks that the shard fits its s8. */
  public SpgId {
    java.util.Objects.requireNonNull(pg, "pg");
    if (shard < Byte.MIN_VALUE || shard > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("shard out of range -128..127: " + shard);
    }
  }

  /** A replicated pool's PG. */
  public static SpgId of(PgId pg) {
    return new SpgId(pg, NO_SHARD);
  }

  /** Reads an {@code spg_t}. */
  public static SpgId decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("spg_t", 1);
    PgId pg = PgId.decode(decoder);
    int shard = (byte) decoder.u8();
    decoder.endStruct(struct);
    return new SpgId(pg, shard);
  }

  /** Writes an {@code spg_t}. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(1, 1);
    pg.encode(encoder);
    encoder.u8(shard & 0xFF);
    encoder.endStruct(struct);
  }

  @Override
  public String toString() {
    return shard == NO_SHARD ? pg.toString() : pg + "s" + shard;
  }
}
