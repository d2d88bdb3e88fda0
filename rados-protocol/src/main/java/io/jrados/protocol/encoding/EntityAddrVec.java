package io.jrados.protocol.encoding;

import io.jrados.protocol.ProtocolException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ceph's {@code entity_addrvec_t}: every address one endpoint listens on, typically a v2 and a v1
 * address for a monitor.
 *
 * <p>Encoded as marker byte 2, {@code le32 count}, then each {@link EntityAddr}. A single address
 * (marker 1, or 0 for the legacy form) where a vector is expected decodes as a vector of one, as
 * peers without {@code MSG_ADDR2} send it. An empty vector marks an unused slot, e.g. an OSD id
 * that does not exist.
 *
 * <p>Text form, as Ceph prints it: one address alone, several in brackets as in {@code
 * [v2:10.0.0.1:3300/0,v1:10.0.0.1:6789/0]}. Ceph prints an empty vector as nothing; this class
 * writes {@code []} so that the text can be parsed back.
 *
 * @param addrs the addresses in wire order
 */
public record EntityAddrVec(List<EntityAddr> addrs) {
  /** The vector with no addresses. */
  public static final EntityAddrVec EMPTY = new EntityAddrVec(List.of());

  private static final int MARKER = 2;

  /** Copies {@code addrs}, which must not contain null. */
  public EntityAddrVec {
    addrs = List.copyOf(addrs);
  }

  /** A vector of the given addresses, in order. */
  public static EntityAddrVec of(EntityAddr... addrs) {
    return new EntityAddrVec(List.of(addrs));
  }

  /** Whether there are no addresses. */
  public boolean isEmpty() {
    return addrs.isEmpty();
  }

  /**
   * The address to reach this endpoint with msgr2, chosen as Ceph chooses it: the first v2 address
   * unless its IP is blank, otherwise the first address of type ANY.
   */
  public Optional<EntityAddr> pickMsgr2() {
    Optional<EntityAddr> msgr2 = firstOfType(EntityAddr.TYPE_MSGR2);
    if (msgr2.isPresent() && !msgr2.get().isBlankIp()) {
      return msgr2;
    }
    return firstOfType(EntityAddr.TYPE_ANY);
  }

  /**
   * Parses Ceph's text form: one address, or addresses separated by commas inside brackets. A
   * bracketed IPv6 address with nothing else, such as {@code [::1]:3300}, is one address, as in
   * Ceph.
   *
   * @throws IllegalArgumentException if the text is not such a vector
   */
  public static EntityAddrVec parse(String text) {
    if (!text.startsWith("[")) {
      return of(EntityAddr.parse(text));
    }
    if (!text.endsWith("]")) {
      try {
        return of(EntityAddr.parse(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "bad address vector '" + text + "': '[' without a closing ']'", e);
      }
    }
    String inner = text.substring(1, text.length() - 1);
    if (inner.isEmpty()) {
      return EMPTY;
    }
    List<EntityAddr> addrs = new ArrayList<>();
    for (String one : inner.split(",", -1)) {
      addrs.add(EntityAddr.parse(one));
    }
    return new EntityAddrVec(addrs);
  }

  /** Reads a vector (marker 2), or a single address (marker 1 or 0) as a vector of one. */
  public static EntityAddrVec decode(CephDecoder decoder) {
    int at = decoder.offset();
    int marker = decoder.u8();
    if (marker == MARKER) {
      return new EntityAddrVec(decoder.list(EntityAddr.MIN_ENCODED_SIZE, EntityAddr::decode));
    }
    if (marker > MARKER) {
      throw new ProtocolException(
          "entity_addrvec_t: marker "
              + marker
              + " at offset "
              + at
              + ", expected 2 (or 1 or 0 for a single address)");
    }
    return of(EntityAddr.decodeAfterMarker(decoder, marker, at));
  }

  /** Writes marker 2, the count and each address in the current form. */
  public void encode(CephEncoder encoder) {
    encoder.u8(MARKER).list(addrs, EntityAddr::encode);
  }

  /** Ceph's text form; see the class comment for the empty vector. */
  @Override
  public String toString() {
    if (addrs.size() == 1) {
      return addrs.get(0).toString();
    }
    StringBuilder out = new StringBuilder("[");
    for (EntityAddr addr : addrs) {
      out.append(out.length() == 1 ? "" : ",").append(addr);
    }
    return out.append(']').toString();
  }

  private Optional<EntityAddr> firstOfType(int type) {
    return addrs.stream().filter(a -> a.type() == type).findFirst();
  }
}
