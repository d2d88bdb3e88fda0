package io.jrados.protocol.osd;

import io.jrados.protocol.ProtocolException;
import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.VersionedStruct;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ceph's {@code object_locator_t}: where an object lives apart from its name. {@code
 * ENCODE_START(6, 3) { s64 pool, s32 preferred (-1), string key, string nspace, s64 hash }}; the
 * compat version becomes 6 when {@code hash} is set, because older decoders would ignore it.
 *
 * <p>The key and namespace are byte strings, as in Ceph; they need not be UTF-8 and are kept and
 * sent as exact bytes. Their {@code String} accessors are for display.
 */
public final class ObjectLocator {
  /** Newest struct version understood. */
  private static final int VERSION = 6;

  private static final byte[] NONE = new byte[0];

  private final long pool;
  private final byte[] key;
  private final byte[] namespace;
  private final long hash;

  /**
   * @param pool the pool id
   * @param key the locator key that replaces the object name for placement, or empty
   * @param namespace the namespace, or empty for the default one
   * @param hash an explicit placement hash, or -1 (the normal case: hash the key or name)
   */
  public ObjectLocator(long pool, String key, String namespace, long hash) {
    this(
        pool,
        Indata.utf8(Objects.requireNonNull(key, "key")),
        Indata.utf8(Objects.requireNonNull(namespace, "namespace")),
        hash);
  }

  private ObjectLocator(long pool, byte[] key, byte[] namespace, long hash) {
    this.pool = pool;
    this.key = key;
    this.namespace = namespace;
    this.hash = hash;
  }

  /** The same, with the key and namespace as exact bytes (copied). */
  public static ObjectLocator ofBytes(long pool, byte[] key, byte[] namespace, long hash) {
    return new ObjectLocator(pool, copy(key), copy(namespace), hash);
  }

  // An empty array has nothing to change, and most objects have no key and no namespace: one
  // copy fewer per op (a native call in code compiled by C1).
  private static byte[] copy(byte[] bytes) {
    return bytes.length == 0 ? NONE : bytes.clone();
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
    byte[] key = decoder.stringBytes();
    byte[] namespace = struct.version() >= 5 ? decoder.stringBytes() : new byte[0];
    long hash = struct.version() >= 6 ? decoder.s64() : -1;
    decoder.endStruct(struct);
    return new ObjectLocator(pool, key, namespace, hash);
  }

  /** Writes an {@code object_locator_t}, version 6, compat 3 (6 if a hash is set). */
  public void encode(CephEncoder encoder) {
    CephEncoder.StructToken struct = encoder.startStruct(VERSION, hash == -1 ? 3 : 6);
    encoder.s64(pool).s32(-1).bufferlist(key).bufferlist(namespace).s64(hash);
    encoder.endStruct(struct);
  }

  public long pool() {
    return pool;
  }

  /** The locator key, or empty (bytes that are not UTF-8 shown as U+FFFD). */
  public String key() {
    return Indata.text(key);
  }

  /** The namespace, or empty (bytes that are not UTF-8 shown as U+FFFD). */
  public String namespace() {
    return Indata.text(namespace);
  }

  /** The locator key's exact bytes (a copy). */
  public byte[] keyBytes() {
    return key.clone();
  }

  /** The namespace's exact bytes (a copy). */
  public byte[] namespaceBytes() {
    return namespace.clone();
  }

  public long hash() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectLocator l
        && pool == l.pool
        && hash == l.hash
        && Arrays.equals(key, l.key)
        && Arrays.equals(namespace, l.namespace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pool, Arrays.hashCode(key), Arrays.hashCode(namespace), hash);
  }

  @Override
  public String toString() {
    return "ObjectLocator[pool="
        + pool
        + ", key="
        + key()
        + ", namespace="
        + namespace()
        + ", hash="
        + hash
        + "]";
  }
}
