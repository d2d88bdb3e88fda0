package io.jrados.protocol.osdmap;

import java.util.List;

/**
 * Where a placement group lives in one OSDMap epoch, as Ceph's {@code OSDMap::pg_to_up_acting_osds}
 * computes it.
 *
 * <p>For an erasure-coded pool the lists are indexed by shard and may hold {@link #NONE} where no
 * OSD serves that shard; for a replicated pool they are compacted and never hold it.
 *
 * @param rawPg the pg as given: for an object, its full 32-bit hash as the seed
 * @param pgid the actual pg, the raw seed folded by the pool's pg_num
 * @param up the OSDs CRUSH and the upmaps choose, less those down
 * @param upPrimary the primary of {@code up}, or -1
 * @param acting the OSDs serving the pg now: pg_temp if set, else {@code up}
 * @param actingPrimary the OSD to send ops to, or -1 if there is none
 * @param erasure whether the pool is erasure-coded (lists are by shard)
 */
public record PgMapping(
    PgId rawPg,
    PgId pgid,
    List<Integer> up,
    int upPrimary,
    List<Integer> acting,
    int actingPrimary,
    boolean erasure) {
  /** An empty shard slot ({@code CRUSH_ITEM_NONE}). */
  public static final int NONE = 0x7fffffff;

  /** The shard of a replicated pool's pg ({@code shard_id_t::NO_SHARD}). */
  public static final int NO_SHARD = -1;

  /** Copies the lists. */
  public PgMapping {
    up = List.copyOf(up);
    acting = List.copyOf(acting);
  }

  /**
   * The shard of the acting primary, for the {@code spg_t} of ops: its position in {@code acting}
   * for an erasure-coded pool, {@link #NO_SHARD} for a replicated one (or when there is no
   * primary), as Ceph's {@code OSDMap::get_primary_shard}.
   */
  public int primaryShard() {
    if (!erasure || actingPrimary < 0) {
      return NO_SHARD;
    }
    int shard = acting.indexOf(actingPrimary);
    return shard < 0 ? NO_SHARD : shard;
  }
}
