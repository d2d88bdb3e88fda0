package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * Ceph's {@code hobject_t}: an object as the OSD sorts it, used for listing cursors and backoff
 * ranges. {@code ENCODE_START(4, 3) { string key, string oid, u64 snap, u32 hash, bool max, string
 * nspace, s64 pool }} (version 4 added the last two).
 *
 * @param key the locator key, or empty
 * @param oid the object name
 * @param snap the snapshot id ({@link #NOSNAP} for the head object)
 * @param hash the placement hash, 0 to 2^32 - 1
 * @param max whether this is the "after everything" sentinel
 * @param namespace the namespace
 * @param pool the pool id; {@link Long#MIN_VALUE} in the "before everything" sentinel
 */
public record HObject(
    String key, String oid, long snap, long hash, boolean max, String namespace, long pool) {
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
   * their UTF-8 bytes, unsigned, as {@code std::string} does.
   */
  public static final Comparator<HObject> ORDER =
      Comparator.comparing(HObject::max)
          .thenComparingLong(HObject::pool)
          .thenComparingLong(h -> Integer.toUnsignedLong(Integer.reverse((int) h.hash())))
          .thenComparing(h -> utf8(h.namespace()), Arrays::compareUnsigned)
          .thenComparing(h -> utf8(h.effectiveKey()), Arrays::compareUnsigned)
          .thenComparing(h -> utf8(h.oid()), Arrays::compareUnsigned)
          .thenComparing(HObject::snap, Long::compareUnsigned);

  /** The head of an object as an op names it: the hobject_t an OSD compares with its backoffs. */
  public static HObject head(String key, String oid, long hash, String namespace, long pool) {
    return new HObject(key, oid, NOSNAP, hash, false, namespace, pool);
  }

  /** Whether this object lies in {@code [begin, end)}, or is {@code begin} (a one-object range). */
  public boolean within(HObject begin, HObject end) {
    int fromBegin = ORDER.compare(this, begin);
    return fromBegin == 0 || (fromBegin > 0 && ORDER.compare(this, end) < 0);
  }

  /** The locator key, or the name when there is none: what placement hashes. */
  public String effectiveKey() {
    return key.isEmpty() ? oid : key;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Checks the fields. */
  public HObject {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(oid, "oid");
    Objects.requireNonNull(namespace, "namespace");
    if (hash < 0 || hash > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("hash out of range 0..2^32-1: " + hash);
    }
  }

  /** Reads an {@code hobject_t}; before version 4 the namespace is empty and the pool -1. */
  public static HObject decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("hobject_t", VERSION);
    String key = decoder.string();
    String oid = decoder.string();
    long snap = decoder.u64();
    long hash = decoder.u32();
    boolean max = decoder.bool();
    String namespace = "";
    long pool = -1;
    if (struct.version() >= 4) {
      namespace = decoder.string();
      pool = decoder.s64();
    }
    decoder.endStruct(struct);
    return new HObject(key, oid, snap, hash, max, namespace, pool);
  }

  /** Writes an {@code hobject_t}, version 4, compat 3. */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(VERSION, 3);
    encoder.string(key).string(oid).u64(snap).u32(hash).bool(max).string(namespace).s64(pool);
    encoder.endStruct(struct);
  }
}
