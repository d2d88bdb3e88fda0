package io.jrados.protocol.osdmap;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.UTime;
import io.jrados.protocol.encoding.VersionedStruct;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A pool as the OSDMap describes it (Ceph's {@code pg_pool_t}): the fields a client needs to place
 * objects, resend ops and honour quotas and tiers. Fields after the last one read here (hit sets,
 * cache tuning, options, merge metadata) are skipped by the struct length.
 *
 * @param type {@link #TYPE_REPLICATED} or {@link #TYPE_ERASURE}
 * @param size the number of replicas, or k+m shards
 * @param minSize the fewest replicas or shards the pool serves I/O with
 * @param crushRule the CRUSH rule id
 * @param objectHash the object-name hash, {@link ObjectHash#RJENKINS} or {@link ObjectHash#LINUX}
 * @param pgNum the number of placement groups
 * @param pgpNum the number of placement seeds CRUSH sees (at most pgNum)
 * @param lastChange the epoch of the pool's last change
 * @param snapSeq the pool's snapshot sequence
 * @param snapEpoch the epoch of the last snapshot change
 * @param snapshots the pool snapshots by id (none for a pool whose snapshots clients manage)
 * @param flags {@code FLAG_*} bits
 * @param quotaMaxBytes 0 for none
 * @param quotaMaxObjects 0 for none
 * @param tiers the pools that are tiers of this one
 * @param tierOf the pool this one is a tier of, or -1
 * @param cacheMode the cache-tier mode (0 none)
 * @param readTier the pool reads are redirected to, or -1
 * @param writeTier the pool writes are redirected to, or -1
 * @param stripeWidth bytes per stripe for erasure-coded pools
 * @param erasureCodeProfile the profile name, empty for replicated pools
 * @param lastForceOpResendPreluminous resend epoch as pre-Luminous clients saw it
 * @param lastForceOpResendPrenautilus resend epoch as pre-Nautilus clients saw it
 * @param lastForceOpResend the epoch at or after which clients must resend in-flight ops
 * @param applicationMetadata applications enabled on the pool and their settings
 * @param createTime when the pool was created
 * @param structVersion the pg_pool_t version decoded
 */
public record PgPool(
    int type,
    int size,
    int minSize,
    int crushRule,
    int objectHash,
    int pgNum,
    int pgpNum,
    long lastChange,
    long snapSeq,
    long snapEpoch,
    SortedMap<Long, PoolSnapshot> snapshots,
    long flags,
    long quotaMaxBytes,
    long quotaMaxObjects,
    Set<Long> tiers,
    long tierOf,
    int cacheMode,
    long readTier,
    long writeTier,
    long stripeWidth,
    String erasureCodeProfile,
    long lastForceOpResendPreluminous,
    long lastForceOpResendPrenautilus,
    long lastForceOpResend,
    Map<String, Map<String, String>> applicationMetadata,
    UTime createTime,
    int structVersion) {
  /** {@code TYPE_REPLICATED}. */
  public static final int TYPE_REPLICATED = 1;

  /** {@code TYPE_ERASURE}. */
  public static final int TYPE_ERASURE = 3;

  /** Placement seeds are hashed with the pool id, so pools do not overlap. */
  public static final long FLAG_HASHPSPOOL = 1L;

  /** The pool is full: writes are refused. */
  public static final long FLAG_FULL = 1L << 1;

  /** Erasure-coded pool that allows overwrites. */
  public static final long FLAG_EC_OVERWRITES = 1L << 2;

  /** The pool hit its quota. */
  public static final long FLAG_FULL_QUOTA = 1L << 10;

  /** The pool's OSDs are near full. */
  public static final long FLAG_NEARFULL = 1L << 11;

  /** The pool's OSDs are too full to backfill. */
  public static final long FLAG_BACKFILLFULL = 1L << 12;

  /** Snapshots are managed by clients (RBD), not by the pool. */
  public static final long FLAG_SELFMANAGED_SNAPS = 1L << 13;

  /** Pool snapshots are in use. */
  public static final long FLAG_POOL_SNAPS = 1L << 14;

  /** The pool's PGs are still being created. */
  public static final long FLAG_CREATING = 1L << 15;

  /** The oldest pg_pool_t with a length header; older ones are pre-Firefly. */
  private static final int FIRST_VERSIONED = 5;

  /** The newest pg_pool_t this code knows (Pacific writes 29, or 30 for stretch pools). */
  private static final int SUPPORTED = 30;

  /** Copies the collections. */
  public PgPool {
    tiers = Collections.unmodifiableSet(new TreeSet<>(tiers));
    applicationMetadata = Map.copyOf(applicationMetadata);
  }

  /** Whether the pool keeps whole replicas. */
  public boolean isReplicated() {
    return type == TYPE_REPLICATED;
  }

  /** Whether the pool is erasure-coded. */
  public boolean isErasure() {
    return type == TYPE_ERASURE;
  }

  /**
   * Whether OSD lists of this pool may be compacted when members are missing: true for replicated
   * pools; an erasure-coded pool's positions are its shards and keep {@code ITEM_NONE} holes.
   */
  public boolean canShiftOsds() {
    return isReplicated();
  }

  /** Whether every bit of {@code flag} is set. */
  public boolean hasFlag(long flag) {
    return (flags & flag) == flag;
  }

  /** {@code 2^ceil(log2 pgNum) - 1}, the mask {@link #stableMod} folds with. */
  public int pgNumMask() {
    return mask(pgNum);
  }

  /** The same mask for {@link #pgpNum}. */
  public int pgpNumMask() {
    return mask(pgpNum);
  }

  /**
   * The placement seed of an object: the pool's hash of {@code key}, prefixed by the namespace and
   * a 0x1f byte when there is a namespace (Ceph's {@code pg_pool_t::hash_key}).
   */
  public int hashKey(String key, String namespace) {
    return hashKey(
        key.getBytes(StandardCharsets.UTF_8),
        namespace == null ? new byte[0] : namespace.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #hashKey(String, String)} of exact bytes, which need not be UTF-8. */
  public int hashKey(byte[] key, byte[] namespace) {
    if (namespace.length == 0) {
      return ObjectHash.hash(objectHash, key);
    }
    byte[] all = new byte[namespace.length + 1 + key.length];
    System.arraycopy(namespace, 0, all, 0, namespace.length);
    all[namespace.length] = 0x1f;
    System.arraycopy(key, 0, all, namespace.length + 1, key.length);
    return ObjectHash.hash(objectHash, all);
  }

  /** The actual pg that holds the objects of raw pg {@code raw}: its seed folded by pg_num. */
  public PgId rawPgToPg(PgId raw) {
    return new PgId(raw.pool(), stableMod(raw.seed(), pgNum, pgNumMask()));
  }

  /**
   * Ceph's {@code ceph_stable_mod}: {@code x} modulo {@code b} such that growing {@code b} towards
   * the next power of two moves as few values as possible.
   */
  public static int stableMod(int x, int b, int mask) {
    return Integer.compareUnsigned(x & mask, b) < 0 ? x & mask : x & (mask >>> 1);
  }

  private static int mask(int n) {
    if (n <= 1) {
      return 0;
    }
    return (int) ((1L << (32 - Integer.numberOfLeadingZeros(n - 1))) - 1);
  }

  /** Reads a pg_pool_t (version 5 or later). */
  public static PgPool decode(CephDecoder d) {
    VersionedStruct s = d.startStruct("pg_pool_t", SUPPORTED);
    int v = s.version();
    if (v < FIRST_VERSIONED) {
      throw new ProtocolException(
          "pg_pool_t struct_v " + v + " predates the versioned encoding (5); not supported");
    }
    int type = d.u8();
    int size = d.u8();
    int crushRule = d.u8();
    int objectHash = d.u8();
    int pgNum = d.s32();
    int pgpNum = d.s32();
    d.u32(); // lpg_num: localized pgs, long retired
    d.u32(); // lpgp_num
    long lastChange = d.u32();
    long snapSeq = d.u64();
    long snapEpoch = d.u32();
    // Pool snapshots (snapid -> pool_snap_info_t); removed_snaps (an interval set) is not used.
    SortedMap<Long, PoolSnapshot> snapshots = new TreeMap<>();
    snapshots.putAll(d.map(8 + 6 + 8 + 8 + 4, CephDecoder::u64, PoolSnapshot::decode));
    int removedSnapIntervals =
        d.list(
                16,
                x -> {
                  x.skip(16);
                  return Boolean.TRUE;
                })
            .size();
    d.u64(); // auid
    long flags = d.u64();
    d.u32(); // crash_replay_interval, retired
    if (snapSeq != 0 && (flags & (FLAG_SELFMANAGED_SNAPS | FLAG_POOL_SNAPS)) == 0) {
      // Ceph's decoder infers the snapshot mode of pools from before the flags existed.
      flags |= removedSnapIntervals > 0 ? FLAG_SELFMANAGED_SNAPS : FLAG_POOL_SNAPS;
    }
    int minSize = v >= 7 ? d.u8() : size - size / 2;
    long quotaMaxBytes = 0;
    long quotaMaxObjects = 0;
    if (v >= 8) {
      quotaMaxBytes = d.u64();
      quotaMaxObjects = d.u64();
    }
    Set<Long> tiers = Set.of();
    long tierOf = -1;
    int cacheMode = 0;
    long readTier = -1;
    long writeTier = -1;
    if (v >= 9) {
      tiers = new TreeSet<>(d.list(8, CephDecoder::s64));
      tierOf = d.s64();
      cacheMode = d.u8();
      readTier = d.s64();
      writeTier = d.s64();
    }
    if (v >= 10) {
      OsdMapWire.stringMap(d); // properties
    }
    if (v >= 11) {
      OsdMapWire.skipStruct(d, "HitSet::Params");
      d.u32(); // hit_set_period
      d.u32(); // hit_set_count
    }
    long stripeWidth = v >= 12 ? d.u32() : 0;
    if (v >= 13) {
      d.skip(8 + 8 + 4 + 4 + 4 + 4); // cache tier targets, ratios and ages
    }
    String erasureCodeProfile = v >= 14 ? d.string() : "";
    long resendPreluminous = v >= 15 ? d.u32() : 0;
    if (v >= 16) {
      d.s32(); // min_read_recency_for_promote
    }
    if (v >= 17) {
      d.u64(); // expected_num_objects
    }
    if (v >= 19) {
      d.u32(); // cache_target_dirty_high_ratio_micro
    }
    if (v >= 20) {
      d.s32(); // min_write_recency_for_promote
    }
    if (v >= 21) {
      d.bool(); // use_gmt_hitset
    }
    if (v >= 22) {
      d.bool(); // fast_read
    }
    if (v >= 23) {
      d.u32(); // hit_set_grade_decay_rate
      d.u32(); // hit_set_search_last_n
    }
    if (v >= 24) {
      OsdMapWire.skipStruct(d, "pool_opts_t");
    }
    long resendPrenautilus = v >= 25 ? d.u32() : resendPreluminous;
    Map<String, Map<String, String>> apps = v >= 26 ? OsdMapWire.profiles(d) : Map.of();
    UTime createTime = v >= 27 ? UTime.decode(d) : UTime.ZERO;
    long resend = resendPrenautilus;
    if (v >= 28) {
      d.skip(4 * 5); // pg_num_target, pgp_num_target, pg_num_pending, two retired merge epochs
      resend = d.u32();
    }
    d.endStruct(s);
    if (pgNum <= 0 || pgpNum <= 0 || Integer.compareUnsigned(pgpNum, pgNum) > 0) {
      throw new ProtocolException(
          "pg_pool_t: pg_num " + pgNum + " / pgp_num " + pgpNum + " out of range");
    }
    return new PgPool(
        type,
        size,
        minSize,
        crushRule,
        objectHash,
        pgNum,
        pgpNum,
        lastChange,
        snapSeq,
        snapEpoch,
        Collections.unmodifiableSortedMap(snapshots),
        flags,
        quotaMaxBytes,
        quotaMaxObjects,
        tiers,
        tierOf,
        cacheMode,
        readTier,
        writeTier,
        stripeWidth,
        erasureCodeProfile,
        resendPreluminous,
        resendPrenautilus,
        resend,
        apps,
        createTime,
        v);
  }

  /** The pool snapshot named {@code name}, if there is one. */
  public Optional<PoolSnapshot> snapshot(String name) {
    return snapshots.values().stream().filter(x -> x.name().equals(name)).findFirst();
  }

  /** This pool with {@code lastChange} replaced, as applying an incremental does. */
  PgPool withLastChange(long epoch) {
    return new PgPool(
        type,
        size,
        minSize,
        crushRule,
        objectHash,
        pgNum,
        pgpNum,
        epoch,
        snapSeq,
        snapEpoch,
        snapshots,
        flags,
        quotaMaxBytes,
        quotaMaxObjects,
        tiers,
        tierOf,
        cacheMode,
        readTier,
        writeTier,
        stripeWidth,
        erasureCodeProfile,
        lastForceOpResendPreluminous,
        lastForceOpResendPrenautilus,
        lastForceOpResend,
        applicationMetadata,
        createTime,
        structVersion);
  }
}
