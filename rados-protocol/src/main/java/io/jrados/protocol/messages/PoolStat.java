package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ceph's {@code pool_stat_t}: a pool's summed object counters and what its OSDs' stores report for
 * it, as the mons hand them out in {@link MGetPoolStatsReply}.
 *
 * <p>Layout (struct v7, compat 5): {@code object_stat_collection_t stats} (struct v2: an {@link
 * ObjectStatSum} and an always-empty {@code u32} count of per-category sums), {@code s64 log_size,
 * s64 ondisk_log_size}, from v6 {@code s32 up, s32 acting}, from v7 {@code store_statfs_t
 * store_stats} (struct v1: ten {@code s64}: total, available, internally_reserved, allocated,
 * data_stored, data_compressed, data_compressed_allocated, data_compressed_original,
 * omap_allocated, internal_metadata) and {@code s32 num_store_stats}.
 *
 * @param sum the summed object counters
 * @param logSize PG log entries
 * @param ondiskLogSize PG log entries on disk
 * @param up replicas or shards up
 * @param acting replicas or shards acting
 * @param storeStats the ten store_statfs_t counters in wire order
 * @param numStoreStats how many OSD reports the store counters sum
 */
public record PoolStat(
    ObjectStatSum sum,
    long logSize,
    long ondiskLogSize,
    int up,
    int acting,
    long[] storeStats,
    int numStoreStats) {
  private static final int STORE_COUNTERS = 10;
  private static final int ALLOCATED = 3;
  private static final int DATA_COMPRESSED_ALLOCATED = 6;
  private static final int DATA_COMPRESSED_ORIGINAL = 7;
  private static final int OMAP_ALLOCATED = 8;

  /** Checks and copies the store counters. */
  public PoolStat {
    Objects.requireNonNull(sum, "sum");
    if (storeStats.length != STORE_COUNTERS) {
      throw new IllegalArgumentException(
          "store_statfs_t has " + STORE_COUNTERS + " counters, not " + storeStats.length);
    }
    storeStats = storeStats.clone();
  }

  /** Reads one encoded {@code pool_stat_t}. */
  public static PoolStat decode(CephDecoder d) {
    VersionedStruct s = d.startStruct("pool_stat_t", 7);
    if (s.version() < 5) {
      throw new ProtocolException(
          "pool_stat_t: struct_v " + s.version() + " predates length-prefixed encoding (5)");
    }
    VersionedStruct c = d.startStruct("object_stat_collection_t", 2);
    ObjectStatSum sum = ObjectStatSum.decode(d);
    long categories = d.u32();
    if (categories != 0) {
      // Ceph has written an empty per-category map since Hammer; a full one is not read here.
      throw new ProtocolException(
          "object_stat_collection_t: " + categories + " per-category sums; none expected");
    }
    d.endStruct(c);
    long logSize = d.s64();
    long ondiskLogSize = d.s64();
    int up = 0;
    int acting = 0;
    if (s.version() >= 6) {
      up = d.s32();
      acting = d.s32();
    }
    long[] store = new long[STORE_COUNTERS];
    int numStoreStats = 0;
    if (s.version() >= 7) {
      VersionedStruct st = d.startStruct("store_statfs_t", 1);
      for (int i = 0; i < STORE_COUNTERS; i++) {
        store[i] = d.s64();
      }
      d.endStruct(st);
      numStoreStats = d.s32();
    }
    d.endStruct(s);
    return new PoolStat(sum, logSize, ondiskLogSize, up, acting, store, numStoreStats);
  }

  /** Writes struct v7. */
  public void encode(CephEncoder e) {
    CephEncoder.StructToken s = e.startStruct(7, 5);
    CephEncoder.StructToken c = e.startStruct(2, 2);
    sum.encode(e);
    e.u32(0);
    e.endStruct(c);
    e.s64(logSize).s64(ondiskLogSize).s32(up).s32(acting);
    CephEncoder.StructToken st = e.startStruct(1, 1);
    for (long v : storeStats) {
      e.s64(v);
    }
    e.endStruct(st);
    e.s32(numStoreStats);
    e.endStruct(s);
  }

  @Override
  public long[] storeStats() {
    return storeStats.clone();
  }

  /**
   * The bytes the pool uses, as librados reports them ({@code rados df} USED): what the stores
   * allocated for its data and omap when the OSDs report per pool, else the logical bytes.
   *
   * @param perPool whether the OSDs report per pool ({@link MGetPoolStatsReply#perPool()})
   */
  public long usedBytes(boolean perPool) {
    if (perPool) {
      return storeStats[ALLOCATED] + storeStats[OMAP_ALLOCATED];
    }
    return sum.numBytes() + sum.numBytesHitSetArchive() + sum.numOmapBytes();
  }

  /** Bytes compressed data occupies (data_compressed_allocated). */
  public long compressedAllocated() {
    return storeStats[DATA_COMPRESSED_ALLOCATED];
  }

  /** Bytes before compression of the compressed data (data_compressed_original). */
  public long compressedOriginal() {
    return storeStats[DATA_COMPRESSED_ORIGINAL];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PoolStat p
        && sum.equals(p.sum)
        && logSize == p.logSize
        && ondiskLogSize == p.ondiskLogSize
        && up == p.up
        && acting == p.acting
        && Arrays.equals(storeStats, p.storeStats)
        && numStoreStats == p.numStoreStats;
  }

  @Override
  public int hashCode() {
    return Objects.hash(sum, logSize, ondiskLogSize, up, acting, Arrays.hashCode(storeStats));
  }
}
