package io.jrados.protocol.messages;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Arrays;

/**
 * Ceph's {@code object_stat_sum_t}: the counters a PG (or a pool, summed) keeps about its objects.
 * Kept as the raw counters in wire order, struct version 20; the accessors name the ones clients
 * read ({@code rados df}).
 *
 * <p>Layout (struct v20, compat 14): 28 {@code s64} counters from {@code num_bytes} to {@code
 * num_promote}, 4 {@code s32} cache-tier mode flags, then {@code s64} {@code num_objects_pinned},
 * {@code num_objects_missing}, and (from v16, v17, v18, v19, v19, v20) {@code num_legacy_snapsets},
 * {@code num_large_omap_objects}, {@code num_objects_manifest}, {@code num_omap_bytes}, {@code
 * num_omap_keys}, {@code num_objects_repaired}.
 */
public final class ObjectStatSum {
  /** The struct version written and the newest understood. */
  public static final int VERSION = 20;

  /** The oldest version Ceph still decodes. */
  public static final int COMPAT = 14;

  /** How many counters v20 has. */
  public static final int COUNTERS = 40;

  /** The indexes of the four s32 counters (num_flush_mode_high .. num_evict_mode_full). */
  private static final int FIRST_S32 = 28;

  private static final int LAST_S32 = 31;

  private static final int NUM_BYTES = 0;
  private static final int NUM_OBJECTS = 1;
  private static final int NUM_OBJECT_CLONES = 2;
  private static final int NUM_OBJECT_COPIES = 3;
  private static final int NUM_OBJECTS_MISSING_ON_PRIMARY = 4;
  private static final int NUM_OBJECTS_DEGRADED = 5;
  private static final int NUM_OBJECTS_UNFOUND = 6;
  private static final int NUM_RD = 7;
  private static final int NUM_RD_KB = 8;
  private static final int NUM_WR = 9;
  private static final int NUM_WR_KB = 10;
  private static final int NUM_BYTES_HIT_SET_ARCHIVE = 22;
  private static final int NUM_LEGACY_SNAPSETS = 34;
  private static final int NUM_OMAP_BYTES = 37;

  private final long[] counters;

  /**
   * @param counters the 40 counters in v20 wire order
   */
  public ObjectStatSum(long[] counters) {
    if (counters.length != COUNTERS) {
      throw new IllegalArgumentException(
          "object_stat_sum_t has " + COUNTERS + " counters, not " + counters.length);
    }
    this.counters = counters.clone();
  }

  /** Reads one encoded {@code object_stat_sum_t}. */
  public static ObjectStatSum decode(CephDecoder d) {
    VersionedStruct s = d.startStruct("object_stat_sum_t", VERSION);
    if (s.version() < COMPAT) {
      throw new ProtocolException(
          "object_stat_sum_t: struct_v " + s.version() + " is older than " + COMPAT);
    }
    long[] c = new long[COUNTERS];
    // v14 and v15 end after num_objects_missing (index 33); each later version adds fields.
    int v = s.version();
    int present = v >= 20 ? 40 : v >= 19 ? 39 : v >= 16 ? 34 + (v - 15) : 34;
    for (int i = 0; i < present; i++) {
      c[i] = i >= FIRST_S32 && i <= LAST_S32 ? d.s32() : d.s64();
    }
    if (s.version() < 16) {
      // Ceph's bound for pre-v16 encoders: every clone may carry a legacy snapset.
      c[NUM_LEGACY_SNAPSETS] = c[NUM_OBJECT_CLONES];
    }
    d.endStruct(s);
    return new ObjectStatSum(c);
  }

  /** Writes struct v20. */
  public void encode(CephEncoder e) {
    CephEncoder.StructToken t = e.startStruct(VERSION, COMPAT);
    for (int i = 0; i < COUNTERS; i++) {
      if (i >= FIRST_S32 && i <= LAST_S32) {
        e.s32((int) counters[i]);
      } else {
        e.s64(counters[i]);
      }
    }
    e.endStruct(t);
  }

  /** The counter at wire position {@code index} (0..39). */
  public long counter(int index) {
    return counters[index];
  }

  public long numBytes() {
    return counters[NUM_BYTES];
  }

  public long numObjects() {
    return counters[NUM_OBJECTS];
  }

  public long numObjectClones() {
    return counters[NUM_OBJECT_CLONES];
  }

  public long numObjectCopies() {
    return counters[NUM_OBJECT_COPIES];
  }

  public long numObjectsMissingOnPrimary() {
    return counters[NUM_OBJECTS_MISSING_ON_PRIMARY];
  }

  public long numObjectsDegraded() {
    return counters[NUM_OBJECTS_DEGRADED];
  }

  public long numObjectsUnfound() {
    return counters[NUM_OBJECTS_UNFOUND];
  }

  public long numRd() {
    return counters[NUM_RD];
  }

  public long numRdKb() {
    return counters[NUM_RD_KB];
  }

  public long numWr() {
    return counters[NUM_WR];
  }

  public long numWrKb() {
    return counters[NUM_WR_KB];
  }

  public long numBytesHitSetArchive() {
    return counters[NUM_BYTES_HIT_SET_ARCHIVE];
  }

  public long numOmapBytes() {
    return counters[NUM_OMAP_BYTES];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectStatSum other && Arrays.equals(counters, other.counters);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counters);
  }

  @Override
  public String toString() {
    return "ObjectStatSum" + Arrays.toString(counters);
  }
}
