package io.jrados.client.api;

import io.jrados.protocol.osd.PgnlsOp;
import java.util.Objects;

/**
 * One object found by a listing: its namespace (empty for the default one), name and locator key
 * (empty when it has none).
 *
 * <p>Ceph's names are byte strings. The String accessors decode them as UTF-8, with U+FFFD for
 * bytes that are not; the {@code ...Bytes} accessors give them exactly as the OSD listed them,
 * which is what {@code rados ls} prints.
 */
public final class ObjectEntry {
  /** The listing's own entry, which keeps the bytes; this class is its face in the API. */
  private final PgnlsOp.Entry entry;

  public ObjectEntry(String namespace, String name, String locator) {
    this(new PgnlsOp.Entry(namespace, name, locator));
  }

  /** The names as the OSD sent them; the arrays are copied. */
  public ObjectEntry(byte[] namespace, byte[] name, byte[] locator) {
    this(new PgnlsOp.Entry(namespace, name, locator));
  }

  ObjectEntry(PgnlsOp.Entry entry) {
    this.entry = Objects.requireNonNull(entry, "entry");
  }

  public String namespace() {
    return entry.namespace();
  }

  public String name() {
    return entry.oid();
  }

  public String locator() {
    return entry.locator();
  }

  /** The namespace's exact bytes (a copy). */
  public byte[] namespaceBytes() {
    return entry.namespaceBytes();
  }

  /** The name's exact bytes (a copy). */
  public byte[] nameBytes() {
    return entry.oidBytes();
  }

  /** The locator key's exact bytes (a copy). */
  public byte[] locatorBytes() {
    return entry.locatorBytes();
  }

  /** Entries are equal when their bytes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectEntry e && entry.equals(e.entry);
  }

  @Override
  public int hashCode() {
    return entry.hashCode();
  }

  @Override
  public String toString() {
    return "ObjectEntry[namespace="
        + namespace()
        + ", name="
        + name()
        + ", locator="
        + locator()
        + "]";
  }
}
