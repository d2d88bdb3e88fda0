package io.jrados.client.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
  private final byte[] namespace;
  private final byte[] name;
  private final byte[] locator;

  public ObjectEntry(String namespace, String name, String locator) {
    this(utf8(namespace), utf8(name), utf8(locator));
  }

  /** The names as the OSD sent them; the arrays are copied. */
  public ObjectEntry(byte[] namespace, byte[] name, byte[] locator) {
    this.namespace = namespace.clone();
    this.name = name.clone();
    this.locator = locator.clone();
  }

  public String namespace() {
    return text(namespace);
  }

  public String name() {
    return text(name);
  }

  public String locator() {
    return text(locator);
  }

  /** The namespace's exact bytes (a copy). */
  public byte[] namespaceBytes() {
    return namespace.clone();
  }

  /** The name's exact bytes (a copy). */
  public byte[] nameBytes() {
    return name.clone();
  }

  /** The locator key's exact bytes (a copy). */
  public byte[] locatorBytes() {
    return locator.clone();
  }

  /** Entries are equal when their bytes are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectEntry e
        && Arrays.equals(namespace, e.namespace)
        && Arrays.equals(name, e.name)
        && Arrays.equals(locator, e.locator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(namespace), Arrays.hashCode(name), Arrays.hashCode(locator));
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

  private static byte[] utf8(String s) {
    return Objects.requireNonNull(s).getBytes(StandardCharsets.UTF_8);
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
