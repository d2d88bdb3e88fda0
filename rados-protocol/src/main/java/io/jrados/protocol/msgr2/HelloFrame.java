package io.jrados.protocol.msgr2;

import io.jrados.protocol.encoding.CephDecoder;
import io.jrados.protocol.encoding.CephEncoder;
import io.jrados.protocol.encoding.EntityAddr;
import java.util.Objects;

/**
 * HELLO ({@code HelloFrame}): {@code u8 entity_type, entity_addr_t peer_addr}. Each side sends one
 * after the banners; {@code peerAddress} is the address the sender sees the receiver at, which is
 * how a client learns its own IP.
 *
 * @param entityType the sender's entity type, e.g. {@link
 *     io.jrados.protocol.encoding.EntityName#TYPE_CLIENT} (8) or {@code TYPE_MON} (1)
 * @param peerAddress the receiver's address as the sender sees it
 */
public record HelloFrame(int entityType, EntityAddr peerAddress) implements ControlFrame {
  /** Checks the type fits a byte and the address is present. */
  public HelloFrame {
    if (entityType < 0 || entityType > 0xFF) {
      throw new IllegalArgumentException("entity type out of u8 range: " + entityType);
    }
    Objects.requireNonNull(peerAddress, "peerAddress");
  }

  @Override
  public Tag tag() {
    return Tag.HELLO;
  }

  @Override
  public void encode(CephEncoder encoder) {
    encoder.u8(entityType);
    peerAddress.encode(encoder);
  }

  static HelloFrame decode(CephDecoder decoder) {
    int entityType = decoder.u8();
    return new HelloFrame(entityType, EntityAddr.decode(decoder));
  }
}
