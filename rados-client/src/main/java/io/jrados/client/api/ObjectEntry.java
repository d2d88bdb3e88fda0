package io.jrados.client.api;

import io.jrados.client.internal.util.SurrogateEscape;
import io.jrados.protocol.osd.PgnlsOp;
import java.util.Objects;

/**
 * One object found by a listing: its namespace (empty for the default one), name and locator key
 * (empty when it has none).
 *
 * <p>Ceph's names are byte strings. The {@code ...Bytes} accessors give them exactly as the OSD
 * listed them, which is what {@code rados ls} prints. The String accessors decode them as UTF-8,
 * and each byte that is not UTF-8 as the lone surrogate U+DC80..U+DCFF ({@link IoCtx} says why):
 * {@code io.remove(entry.name())} removes this object whatever its name's bytes.
 */
public final class ObjectEntry {
  /** The listing's own entry, which keeps the bytes; this class is its face in the API. */
  private final PgnlsOp.Entry entry;

  /** Names as {@link IoCtx} reads String names (U+DC80..U+DCFF for single bytes). */
  public ObjectEntry(String namespace, String name, String locator) {
    this(
        new PgnlsOp.Entry(
            SurrogateEscape.encode(namespace),
            SurrogateEscape.encode(name),
            SurrogateEscape.encode(locator)));
  }

  /** The names as the OSD sent them; the arrays are copied. */
  public ObjectEntry(byte[] namespace, byte[] name, byte[] locator) {
    this(new PgnlsOp.Entry(namespace, name, locator));
  }

  ObjectEntry(PgnlsOp.Entry entry) {
    this.entry = Objects.requireNonNull(entry, "entry");
  }

  public String namespace() {
    return SurrogateEscape.decode(entry.namespaceBytes());
  }

  public String name() {
    return SurrogateEscape.decode(entry.oidBytes());
  }

  public String locator() {
    return SurrogateEscape.decode(entry.locatorBytes());
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
    // Readable where a name is not UTF-8: its other bytes as \xNN.
    return "ObjectEntry[namespace="
        + SurrogateEscape.display(entry.namespaceBytes())
        + ", name="
        + SurrogateEscape.display(entry.oidBytes())
        + ", locator="
        + SurrogateEscape.display(entry.locatorBytes())
        + "]";
  }
}
