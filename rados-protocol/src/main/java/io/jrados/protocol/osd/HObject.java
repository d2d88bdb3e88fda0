package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Ceph's {@code hobject_t}: an object as the OSD sorts it, used for listing cursors and backoff
 * ranges. {@code ENCODE_START(4, 3) { string key, string oid, u64 snap, u32 hash, bool max, string
 * nspace, s64 pool }} (version 4 added the last two).
 *
 * <p>Ceph's strings are bytes, and names need not be UTF-8: the key, name and namespace are kept as
 * the bytes that came off the wire, so a listing cursor goes back to the OSD exactly as it came and
 * objects compare as the OSD compares them. Their {@code String} accessors are for display.
 */
public final class HObject {
  /** {@code CEPH_NOSNAP}: the head (current) version of an object. */
  public static final long NOSNAP = -2;

  /** The "before every object" cursor ({@code hobject_t()}), where a listing starts. */
  public static final HObject MIN = new HObject("", "", 0, 0, false, "", Long.MIN_VALUE);

  private static final int VERSION = 4;

  /**
   * Ceph's order of objects (hobject_t's bitwise {@code cmp}): the MAX sentinel last; then by pool
   * (signed); by the hash with its 32 bits reversed, so each PG's objects are one contiguous run;
   * by namespace; by effective key (the locator key, or the name without one); by name; by snapshot
   * id (unsigned, so the head, {@link #NOSNAP}, comes after its snapshots). Strings compare as
   * unsigned bytes, as {@code std::string} does.
   */
  public static final Comparator<HObject> ORDER =
      Comparator.comparing(HObject::max)
          .thenComparingLong(HObject::pool)
          .thenComparingLong(h -> Integer.toUnsignedLong(Integer.reverse((int) h.hash)))
          .thenComparing(h -> h.namespace, Arrays::compareUnsigned)
          .thenComparing(h -> h.key.length == 0 ? h.oid : h.key, Arrays::compareUnsigned)
          .thenComparing(h -> h.oid, Arrays::compareUnsigned)
          .thenComparing(HObject::snap, Long::compareUnsigned);

  private final byte[] key;
  private final byte[] oid;
  private final long snap;
  private final long hash;
  private final boolean max;
  private final byte[] namespace;
  private final long pool;

  /**
   * @param key the locator key, or empty
   * @param oid the object name
   * @param snap the snapshot id ({@link #NOSNAP} for the head object)
   * @param hash the placement hash, 0 to 2^32 - 1
   * @param max whether this is the "after everything" sentinel
   * @param namespace the namespace
   * @param pool the pool id; {@link Long#MIN_VALUE} in the "before everything" sentinel
   */
  public HObject(
      String key, String oid, long snap, long hash, boolean max, String namespace, long pool) {
    this(
        Indata.utf8(Objects.requireNonNull(key, "key")),
        Indata.utf8(Objects.requireNonNull(oid, "oid")),
        snap,
        hash,
        max,
        Indata.utf8(Objects.requireNonNull(namespace, "namespace")),
        pool);
  }

  private HObject(
      byte[] key, byte[] oid, long snap, long hash, boolean max, byte[] namespace, long pool) {
    if (hash < 0 || hash > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("hash out of range 0..2^32-1: " + hash);
    }
    this.key = key;
    this.oid = oid;
    this.snap = snap;
    this.hash = hash;
    this.max = max;
    this.namespace = namespace;
    this.pool = pool;
  }

  /** The head of an object as an op names it: the hobject_t an OSD compares with its backoffs. */
  public static HObject head(String key, String oid, long hash, String namespace, long pool) {
    return new HObject(key, oid, NOSNAP, hash, false, namespace, pool);
  }

  /** {@link #head(String, String, long, String, long)} of exact bytes (copied). */
  public static HObject head(byte[] key, byte[] oid, long hash, byte[] namespace, long pool) {
    return new HObject(key.clone(), oid.clone(), NOSNAP, hash, false, namespace.clone(), pool);
  }

  /** Reads an {@code hobject_t}; before version 4 the namespace is empty and the pool -1. */
  public static HObject decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("hobject_t", VERSION);
    byte[] key = decoder.stringBytes();
    byte[] oid = decoder.stringBytes();
    long snap = decoder.u64();
    long hash = decoder.u32();
    boolean max = decoder.bool();
    byte[] namespace = new byte[0];
    long pool = -1;
    if (struct.version() >= 4) {
      namespace = decoder.stringBytes();
      pool = decoder.s64();
    }
    decoder.endStruct(struct);
    return new HObject(key, oid, snap, hash, max, namespace, pool);
  }

  /** Writes an {@code hobject_t}, version 4, compat 3, with the strings' exact bytes. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(VERSION, 3);
    encoder.bufferlist(key).bufferlist(oid).u64(snap).u32(hash).bool(max);
    encoder.bufferlist(namespace).s64(pool);
    encoder.endStruct(struct);
  }

  /** Whether this object lies in {@code [begin, end)}, or is {@code begin} (a one-object range). */
  public boolean within(HObject begin, HObject end) {
    int fromBegin = ORDER.compare(this, begin);
    return fromBegin == 0 || (fromBegin > 0 && ORDER.compare(this, end) < 0);
  }

  /** The locator key, or empty (bytes that are not UTF-8 shown as U+FFFD). */
  public String key() {
    return Indata.text(key);
  }

  /** The object name (bytes that are not UTF-8 shown as U+FFFD). */
  public String oid() {
    return Indata.text(oid);
  }

  /** The namespace (bytes that are not UTF-8 shown as U+FFFD). */
  public String namespace() {
    return Indata.text(namespace);
  }

  public long snap() {
    return snap;
  }

  public long hash() {
    return hash;
  }

  public boolean max() {
    return max;
  }

  public long pool() {
    return pool;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HObject h
        && snap == h.snap
        && hash == h.hash
        && max == h.max
        && pool == h.pool
        && Arrays.equals(key, h.key)
        && Arrays.equals(oid, h.oid)
        && Arrays.equals(namespace, h.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(key),
        Arrays.hashCode(oid),
        snap,
        hash,
        max,
        Arrays.hashCode(namespace),
        pool);
  }

  @Override
  public String toString() {
    return "HObject[pool="
        + pool
        + ", hash="
        + Long.toHexString(hash)
        + ", namespace="
        + namespace()
        + ", key="
        + key()
        + ", oid="
        + oid()
        + ", snap="
        + Long.toUnsignedString(snap)
        + (max ? ", max" : "")
        + "]";
  }
}
