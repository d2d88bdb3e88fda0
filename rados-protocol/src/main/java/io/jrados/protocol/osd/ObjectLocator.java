package io.jrados.protocol.osd;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Objects;

/**
 * Ceph's {@code object_locator_t}: where an object lives apart from its name. {@code
 * ENCODE_START(6, 3) { s64 pool, s32 preferred (-1), string key, string nspace, s64 hash }}; the
 * compat version becomes 6 when {@code hash} is set, because older decoders would ignore it.
 *
 * @param pool the pool id
 * @param key the locator key that replaces the object name for placement, or empty
 * @param namespace the namespace, or empty for the default one
 * @param hash an explicit placement hash, or -1 (the normal case: hash the key or name)
 */
public record ObjectLocator(long pool, String key, String namespace, long hash) {
  /** Newest struct version understood. */
  private static final int VERSION = 6;

  /** Checks the fields. */
  public ObjectLocator {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(namespace, "namespace");
  }

  /** An object in {@code pool} and {@code namespace}, placed by its name. */
  public static ObjectLocator of(long pool, String namespace) {
    return new ObjectLocator(pool, "", namespace, -1);
  }

  /** Reads an {@code object_locator_t}; fields newer than version 6 are skipped. */
  public static ObjectLocator decode(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("object_locator_t", VERSION);
    if (struct.version() < 2) {
      // Version 1 had a 32-bit pool and 16-bit preferred; no peer since Bobtail writes it.
      throw new ProtocolException("object_locator_t: struct_v " + struct.version() + " < 2");
    }
    long pool = decoder.s64();
    decoder.s32(); // preferred, always -1
    String key = decoder.string();
    String namespace = struct.version() >= 5 ? decoder.string() : "";
    long hash = struct.version() >= 6 ? decoder.s64() : -1;
    decoder.endStruct(struct);
    return new ObjectLocator(pool, key, namespace, hash);
  }

  /** Writes an {@code object_locator_t}, version 6, compat 3 (6 if a hash is set). */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(VERSION, hash == -1 ? 3 : 6);
    encoder.s64(pool).s32(-1).string(key).string(namespace).s64(hash);
    encoder.endStruct(struct);
  }
}
