package io.jrados.client.api;

import io.jrados.protocol.osd.HObject;
import java.util.Objects;

/**
 * A position in a pool's object listing: where the next page starts. Opaque; obtained from {@link
 * ObjectPage#next()} or {@link #BEGIN}.
 */
public final class ObjectCursor {
  /** Before the first object. */
  public static final ObjectCursor BEGIN = new ObjectCursor(HObject.MIN);

  private final HObject position;

  ObjectCursor(HObject position) {
    this.position = Objects.requireNonNull(position, "position");
  }

  HObject position() {
    return position;
  }

  /** Whether the listing is complete: no object comes after this cursor. */
  public boolean isEnd() {
    return position.max();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObjectCursor c && c.position.equals(position);
  }

  @Override
  public int hashCode() {
    return position.hashCode();
  }

  @Override
  public String toString() {
    return isEnd() ? "ObjectCursor[end]" : "ObjectCursor[hash " + position.hash() + "]";
  }
}
