package io.jrados.protocol.osd;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
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
