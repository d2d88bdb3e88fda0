package io.jrados.protocol.osdmap;

import io.jrados.protocol.crush.CrushMap;
import io.jrados.protocol.encoding.EntityAddrVec;
import io.jrados.protocol.encoding.UTime;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An OSDMap epoch as a client sees it: pools, OSD states, weights and addresses, the CRUSH map
 * (kept encoded), and the placement overrides (pg_temp, primary_temp, upmaps). Immutable; a new
 * epoch comes from {@link #decode} of a full map or {@link #apply} of an incremental.
 *
 * <p>OSD ids passed to the per-OSD accessors may be anything: ids outside {@code 0..maxOsd-1} are
 * reported as absent, as Ceph's {@code exists()} does, so placement results can be checked without
 * a range test first.
 */
public final class OsdMap {
  /** OSD state bit: the id is allocated. */
  public static final int STATE_EXISTS = 1;

  /** OSD state bit: the daemon is up. */
  public static final int STATE_UP = 1 << 1;

  /** OSD state bit: marked out automatically (cleared when marked in). */
  public static final int STATE_AUTOOUT = 1 << 2;

  /** OSD state bit: newly created (cleared when marked in). */
  public static final int STATE_NEW = 1 << 3;

  /** OSD state bit: the daemon was asked to stop. */
  public static final int STATE_STOP = 1 << 12;

  /** Cluster flag: some OSD is near full. */
  public static final long FLAG_NEARFULL = 1L;

  /** Cluster flag: the cluster is full; writes are refused. */
  public static final long FLAG_FULL = 1L << 1;

  /** Cluster flag: reads are paused; clients hold them until it clears. */
  public static final long FLAG_PAUSERD = 1L << 2;

  /** Cluster flag: writes are paused; clients hold them until it clears. */
  public static final long FLAG_PAUSEWR = 1L << 3;

  /** Cluster flag: OSDs may not be marked up. */
  public static final long FLAG_NOUP = 1L << 5;

  /** Weight of an OSD that is fully in (16.16 fixed point 1.0). */
  public static final int WEIGHT_IN = 0x10000;

  /** Primary affinity of an OSD nobody changed (1.0). */
  public static final int DEFAULT_PRIMARY_AFFINITY = 0x10000;

  private final OsdMapState s;
  private final Map<String, Long> poolIdsByName;

  /** Built on first use: clients that never place an object never decode the CRUSH map. */
  private volatile Placement placement;

  OsdMap(OsdMapState state) {
    OsdMapState c = new OsdMapState();
    c.fsid = Objects.requireNonNull(state.fsid, "fsid");
    c.epoch = state.epoch;
    c.created = state.created;
    c.modified = state.modified;
    c.pools = Collections.unmodifiableSortedMap(new TreeMap<>(state.pools));
    c.poolNames = Collections.unmodifiableSortedMap(new TreeMap<>(state.poolNames));
    c.poolMax = state.poolMax;
    c.flags = state.flags;
    c.maxOsd = state.maxOsd;
    c.osdState = state.osdState.clone();
    c.osdWeight = state.osdWeight.clone();
    c.clientAddrs = List.copyOf(state.clientAddrs);
    c.pgTemp = frozenLists(state.pgTemp);
    c.primaryTemp = Collections.unmodifiableSortedMap(new TreeMap<>(state.primaryTemp));
    c.primaryAffinity = state.primaryAffinity == null ? null : state.primaryAffinity.clone();
    c.crush = state.crush.clone();
    SortedMap<String, Map<String, String>> profiles = new TreeMap<>();
    state.erasureCodeProfiles.forEach((k, v) -> profiles.put(k, Map.copyOf(v)));
    c.erasureCodeProfiles = Collections.unmodifiableSortedMap(profiles);
    c.pgUpmap = frozenLists(state.pgUpmap);
    c.pgUpmapItems = frozenLists(state.pgUpmapItems);
    c.pgUpmapPrimaries = Collections.unmodifiableSortedMap(new TreeMap<>(state.pgUpmapPrimaries));
    c.crushVersion = state.crushVersion;
    c.lastUpChange = state.lastUpChange;
    c.lastInChange = state.lastInChange;
    c.nearfullRatio = state.nearfullRatio;
    c.fullRatio = state.fullRatio;
    c.backfillfullRatio = state.backfillfullRatio;
    c.requireMinCompatClient = state.requireMinCompatClient;
    c.requireOsdRelease = state.requireOsdRelease;
    this.s = c;
    Map<String, Long> byName = new HashMap<>();
    c.poolNames.forEach((id, name) -> byName.put(name, id));
    this.poolIdsByName = Collections.unmodifiableMap(byName);
  }

  /**
   * Decodes a full OSDMap (the blob of an MOSDMap or of {@code ceph osd getmap}) from the reader
   * index of {@code buf}, which is advanced past it. Checks the map's CRC.
   *
   * @throws io.jrados.protocol.ProtocolException if the map is malformed, truncated, of the
   *     pre-Giant classic encoding, or fails its CRC
   */
  public static OsdMap decode(ByteBuf buf) {
    return new OsdMap(OsdMapDecoder.decodeFull(buf));
  }

  /**
   * Applies the next epoch's incremental, as Ceph's {@code OSDMap::apply_incremental} does.
   *
   * @throws IllegalArgumentException if {@code inc} is not for epoch {@code epoch() + 1} or for
   *     another cluster
   * @throws io.jrados.protocol.ProtocolException if the incremental names OSDs beyond max_osd, or
   *     carries a full map or CRUSH map that does not decode
   */
  public OsdMap apply(OsdMapIncremental inc) {
    return new OsdMap(IncrementalApplier.apply(this, inc));
  }

  /**
   * Where the objects of raw pg {@code rawPg} live: raw pg, actual pg, up and acting sets and
   * primaries, exactly as Ceph's {@code OSDMap::pg_to_up_acting_osds}. A pool not in this map gives
   * empty sets and primaries -1.
   *
   * @throws io.jrados.protocol.ProtocolException if the map's CRUSH map does not decode
   */
  public PgMapping map(PgId rawPg) {
    Placement p = placement;
    if (p == null) {
      p = new Placement(this, CrushMap.decode(Unpooled.wrappedBuffer(s.crush)));
      placement = p;
    }
    return p.map(rawPg);
  }

  /**
   * Places an object: hashes {@code locatorKey} if set, else {@code objectName}, within {@code
   * namespace} (Ceph's {@code object_locator_to_pg}), then {@link #map}s the raw pg.
   *
   * @param namespace null or empty for the default namespace
   * @param locatorKey null or empty to place by the object name
   * @throws IllegalArgumentException if the pool is not in this map
   */
  public PgMapping locate(long poolId, String objectName, String namespace, String locatorKey) {
    return locate(
        poolId,
        objectName.getBytes(StandardCharsets.UTF_8),
        namespace == null ? new byte[0] : namespace.getBytes(StandardCharsets.UTF_8),
        locatorKey == null ? new byte[0] : locatorKey.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@link #locate(long, String, String, String)} with the name, namespace and locator key as exact
   * bytes (Ceph's names are byte strings and need not be UTF-8); empty arrays for none.
   *
   * @throws IllegalArgumentException if the pool is not in this map
   */
  public PgMapping locate(long poolId, byte[] objectName, byte[] namespace, byte[] locatorKey) {
    PgPool pool = poolOrNull(poolId);
    if (pool == null) {
      throw new IllegalArgumentException(
          "pool " + poolId + " does not exist in osdmap epoch " + s.epoch);
    }
    byte[] key = locatorKey.length == 0 ? objectName : locatorKey;
    return map(new PgId(poolId, pool.hashKey(key, namespace)));
  }

  /**
   * The CRUSH map, decoded afresh from {@link #crushBlob}.
   *
   * @throws io.jrados.protocol.ProtocolException if it does not decode
   */
  public CrushMap crushMap() {
    return CrushMap.decode(Unpooled.wrappedBuffer(s.crush));
  }

  /** A mutable copy of the fields, for the incremental applier. */
  OsdMapState mutableCopy() {
    return s.mutableCopy();
  }

  public UUID fsid() {
    return s.fsid;
  }

  public long epoch() {
    return s.epoch;
  }

  public UTime created() {
    return s.created;
  }

  public UTime modified() {
    return s.modified;
  }

  /** The cluster flags ({@code CEPH_OSDMAP_*}); see the {@code FLAG_*} constants. */
  public long flags() {
    return s.flags;
  }

  /** Whether every bit of {@code flag} is set. */
  public boolean hasFlag(long flag) {
    return (s.flags & flag) == flag;
  }

  /** Pools by id, in id order. */
  public SortedMap<Long, PgPool> pools() {
    return s.pools;
  }

  public Optional<PgPool> pool(long id) {
    return Optional.ofNullable(poolOrNull(id));
  }

  /** {@link #pool} without the Optional, for placement, which asks on every op. */
  PgPool poolOrNull(long id) {
    return s.pools.get(id);
  }

  /** Pool names by id. */
  public SortedMap<Long, String> poolNames() {
    return s.poolNames;
  }

  public Optional<String> poolName(long id) {
    return Optional.ofNullable(s.poolNames.get(id));
  }

  public OptionalLong poolId(String name) {
    Long id = poolIdsByName.get(name);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** The highest pool id ever allocated. */
  public long poolMax() {
    return s.poolMax;
  }

  /** One more than the highest OSD id the map has room for. */
  public int maxOsd() {
    return s.maxOsd;
  }

  /** The OSD's state bits ({@code STATE_*}); 0 for ids outside the map. */
  public int state(int osd) {
    return inRange(osd) ? s.osdState[osd] : 0;
  }

  public boolean exists(int osd) {
    return (state(osd) & STATE_EXISTS) != 0;
  }

  public boolean isUp(int osd) {
    return exists(osd) && (s.osdState[osd] & STATE_UP) != 0;
  }

  public boolean isDown(int osd) {
    return !isUp(osd);
  }

  /** Whether the OSD exists and has a non-zero weight, as Ceph's {@code is_in}. */
  public boolean isIn(int osd) {
    return exists(osd) && s.osdWeight[osd] != 0;
  }

  /** The OSD's reweight, 16.16 fixed point ({@link #WEIGHT_IN} is 1.0); 0 outside the map. */
  public int weight(int osd) {
    return inRange(osd) ? s.osdWeight[osd] : 0;
  }

  /** All weights, indexed by OSD id: what CRUSH takes. A copy. */
  public int[] weights() {
    return s.osdWeight.clone();
  }

  /** The addresses clients reach the OSD on; empty if it has none or is outside the map. */
  public EntityAddrVec addrs(int osd) {
    return inRange(osd) ? s.clientAddrs.get(osd) : EntityAddrVec.EMPTY;
  }

  /** The OSD's primary affinity, 16.16 fixed point; {@link #DEFAULT_PRIMARY_AFFINITY} if unset. */
  public int primaryAffinity(int osd) {
    return s.primaryAffinity == null || !inRange(osd)
        ? DEFAULT_PRIMARY_AFFINITY
        : s.primaryAffinity[osd];
  }

  /** Whether any OSD has a primary affinity (the vector is present), as in Ceph. */
  boolean hasPrimaryAffinity() {
    return s.primaryAffinity != null;
  }

  public SortedMap<PgId, List<Integer>> pgTemp() {
    return s.pgTemp;
  }

  public SortedMap<PgId, Integer> primaryTemp() {
    return s.primaryTemp;
  }

  public SortedMap<PgId, List<Integer>> pgUpmap() {
    return s.pgUpmap;
  }

  public SortedMap<PgId, List<UpmapItem>> pgUpmapItems() {
    return s.pgUpmapItems;
  }

  /** Primary overrides (Reef's pg_upmap_primaries); always empty from a Pacific cluster. */
  public SortedMap<PgId, Integer> pgUpmapPrimaries() {
    return s.pgUpmapPrimaries;
  }

  /** Erasure-code profiles by name. */
  public SortedMap<String, Map<String, String>> erasureCodeProfiles() {
    return s.erasureCodeProfiles;
  }

  /** The encoded CRUSH map (a copy). */
  public byte[] crushBlob() {
    return s.crush.clone();
  }

  public long crushVersion() {
    return s.crushVersion;
  }

  public UTime lastUpChange() {
    return s.lastUpChange;
  }

  public UTime lastInChange() {
    return s.lastInChange;
  }

  public float nearfullRatio() {
    return s.nearfullRatio;
  }

  public float fullRatio() {
    return s.fullRatio;
  }

  public float backfillfullRatio() {
    return s.backfillfullRatio;
  }

  /** {@code ceph_release_t} number: 15 octopus, 16 pacific, ... */
  public int requireMinCompatClient() {
    return s.requireMinCompatClient;
  }

  /** {@code ceph_release_t} number of the oldest OSD release allowed (16 for pacific). */
  public int requireOsdRelease() {
    return s.requireOsdRelease;
  }

  private boolean inRange(int osd) {
    return osd >= 0 && osd < s.maxOsd;
  }

  /** Equal when every decoded field is equal (the CRUSH map compared as its encoding). */
  @Override
  public boolean equals(Object o) {
    return o instanceof OsdMap other && s.sameFields(other.s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(s.fsid, s.epoch, s.pools.keySet(), s.maxOsd);
  }

  @Override
  public String toString() {
    return "OsdMap[e"
        + s.epoch
        + ", fsid "
        + s.fsid
        + ", "
        + s.pools.size()
        + " pools, max_osd "
        + s.maxOsd
        + ", flags 0x"
        + Long.toHexString(s.flags)
        + "]";
  }

  private static <T> SortedMap<PgId, List<T>> frozenLists(SortedMap<PgId, List<T>> in) {
    SortedMap<PgId, List<T>> out = new TreeMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableSortedMap(out);
  }
}
