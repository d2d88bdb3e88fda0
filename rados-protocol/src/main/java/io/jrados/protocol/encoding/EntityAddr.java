package io.jrados.protocol.encoding;

import io.jrados.protocol.ProtocolException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * Ceph's {@code entity_addr_t}: the address of one messenger endpoint, with the protocol it speaks
 * and a nonce that tells apart successive processes on the same IP and port.
 *
 * <p>Encoded as marker byte 1, then a versioned struct (v1, compat 1) of {@code le32 type, le32
 * nonce, le32 sockaddr_len, sockaddr}, where the sockaddr is Linux's with a little-endian family
 * (see {@link LinuxSockaddr}). Decoding also accepts the legacy form Ceph writes for peers without
 * {@code MSG_ADDR2}: marker byte 0 as the low byte of a zero {@code le32} type, {@code le32 nonce},
 * then a 128-byte {@code sockaddr_storage} whose family is big-endian.
 *
 * <p>Text form, as Ceph prints it: {@code v2:10.0.0.1:3300/0}, {@code v1:[::1]:6789/42}, and {@code
 * -} for an address of type NONE. Ceph prints an ANY address with no prefix; this class writes
 * {@code any:} instead, which Ceph's parser reads back as ANY where a bare address would be read as
 * v2.
 *
 * @param type one of the {@code TYPE_*} constants; other values are kept as decoded
 * @param nonce an unsigned 32-bit value, kept in an {@code int}
 * @param socketAddress the IP and port, or {@code null} for a blank address (family {@code
 *     AF_UNSPEC}); never unresolved
 */
public record EntityAddr(int type, int nonce, InetSocketAddress socketAddress) {
  /** No address: an unused slot, or an address not yet known. */
  public static final int TYPE_NONE = 0;

  /** The msgr1 protocol, usually on port 6789 for monitors. */
  public static final int TYPE_LEGACY = 1;

  /** The msgr2 protocol, usually on port 3300 for monitors. */
  public static final int TYPE_MSGR2 = 2;

  /** Either protocol; what clients advertise for themselves. */
  public static final int TYPE_ANY = 3;

  /** The smallest encoding: marker, struct header, type, nonce and a zero sockaddr_len. */
  static final int MIN_ENCODED_SIZE = 1 + 6 + 4 + 4 + 4;

  private static final int LEGACY_SOCKADDR_STORAGE_LEN = 128;

  /** Checks that a socket address, when given, carries an IP address. */
  public EntityAddr {
    if (socketAddress != null && socketAddress.isUnresolved()) {
      throw new IllegalArgumentException("unresolved address " + socketAddress);
    }
  }

  /** Whether there is no IP, or the IP is the wildcard ({@code 0.0.0.0} or {@code ::}). */
  public boolean isBlankIp() {
    return socketAddress == null || socketAddress.getAddress().isAnyLocalAddress();
  }

  /**
   * Parses Ceph's text form: an optional {@code v1:}, {@code v2:} or {@code any:} prefix (v2 when
   * absent, as in Ceph), an IPv4 address or a bracketed IPv6 one, then optionally {@code :port} and
   * {@code /nonce}, each 0 when absent. A lone {@code -} is a blank address of type NONE.
   *
   * @throws IllegalArgumentException if the text is not such an address
   */
  public static EntityAddr parse(String text) {
    if (text.equals("-")) {
      return new EntityAddr(TYPE_NONE, 0, null);
    }
    int type;
    String rest;
    if (text.startsWith("v1:")) {
      type = TYPE_LEGACY;
      rest = text.substring(3);
    } else if (text.startsWith("v2:")) {
      type = TYPE_MSGR2;
      rest = text.substring(3);
    } else if (text.startsWith("any:")) {
      type = TYPE_ANY;
      rest = text.substring(4);
    } else {
      type = TYPE_MSGR2;
      rest = text;
    }
    int slash = rest.indexOf('/');
    int nonce = slash < 0 ? 0 : (int) decimal(rest.substring(slash + 1), 0xFFFF_FFFFL, text);
    String hostPort = slash < 0 ? rest : rest.substring(0, slash);
    String host;
    String port; // null when absent
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw badText(text, "'[' without ']'");
      }
      host = hostPort.substring(1, close);
      String afterHost = hostPort.substring(close + 1);
      if (!afterHost.isEmpty() && !afterHost.startsWith(":")) {
        throw badText(text, "'" + afterHost + "' after ']' where ':port' belongs");
      }
      port = afterHost.isEmpty() ? null : afterHost.substring(1);
    } else {
      int colon = hostPort.indexOf(':');
      // One colon separates an IPv4 address from its port; more make an unbracketed IPv6 one.
      boolean ipv4WithPort = colon >= 0 && hostPort.indexOf(':', colon + 1) < 0;
      host = ipv4WithPort ? hostPort.substring(0, colon) : hostPort;
      port = ipv4WithPort ? hostPort.substring(colon + 1) : null;
    }
    InetAddress ip =
        host.indexOf(':') >= 0 ? IpAddressText.parseIpv6(host) : IpAddressText.parseIpv4(host);
    if (ip == null) {
      throw badText(text, "'" + host + "' is not an IP address");
    }
    int portNumber = port == null ? 0 : (int) decimal(port, 0xFFFF, text);
    return new EntityAddr(type, nonce, new InetSocketAddress(ip, portNumber));
  }

  /** Reads an address in the current (marker 1) or legacy (marker 0) form. */
  public static EntityAddr decode(CephDecoder decoder) {
    int at = decoder.offset();
    return decodeAfterMarker(decoder, decoder.u8(), at);
  }

  /** Reads the rest of an address whose marker byte, found at {@code markerOffset}, was read. */
  static EntityAddr decodeAfterMarker(CephDecoder decoder, int marker, int markerOffset) {
    switch (marker) {
      case 1:
        return decodeVersioned(decoder);
      case 0:
        return decodeLegacy(decoder);
      default:
        throw new ProtocolException(
            "entity_addr_t: marker "
                + marker
                + " at offset "
                + markerOffset
                + ", expected 1 (or 0 for the legacy form)");
    }
  }

  /** Writes the current form: marker 1 and a v1 struct. */
  public void encode(CephEncoder encoder) {
    byte[] body = LinuxSockaddr.body(socketAddress);
    encoder.u8(1);
    CephEncoder.StructToken struct = encoder.startStruct(1, 1);
    encoder
        .s32(type)
        .s32(nonce)
        .u32(2 + body.length)
        .u16(LinuxSockaddr.family(socketAddress))
        .bytes(body);
    encoder.endStruct(struct);
  }

  /** Ceph's text form, e.g. {@code v2:10.0.0.1:3300/0}; see the class comment for ANY. */
  @Override
  public String toString() {
    if (type == TYPE_NONE) {
      return "-";
    }
    String where;
    if (socketAddress == null) {
      where = "(unrecognized address family 0)";
    } else {
      InetAddress ip = socketAddress.getAddress();
      String host = IpAddressText.format(ip);
      where =
          (ip instanceof Inet4Address ? host : "[" + host + "]") + ":" + socketAddress.getPort();
    }
    return typeName(type) + ":" + where + "/" + Integer.toUnsignedString(nonce);
  }

  /**
   * The address exactly as Ceph prints it: as {@link #toString()}, but an ANY address has no prefix
   * ({@code 127.0.0.1:0/3000173624}), as in {@code rados listwatchers}.
   */
  public String cephText() {
    String text = toString();
    return type == TYPE_ANY ? text.substring(typeName(type).length() + 1) : text;
  }

  private static EntityAddr decodeVersioned(CephDecoder decoder) {
    VersionedStruct struct = decoder.startStruct("entity_addr_t", 1);
    int type = decoder.s32();
    int nonce = decoder.s32();
    int at = decoder.offset();
    long length = decoder.u32();
    InetSocketAddress address = null;
    if (length > 0) {
      if (length < 2) {
        throw new ProtocolException(
            "entity_addr_t: sockaddr_len 1 at offset " + at + " cannot hold the address family");
      }
      int family = decoder.u16();
      int familyLength = familyLength(family, at + 4);
      if (length > familyLength) {
        throw new ProtocolException(
            String.format(
                "entity_addr_t: sockaddr_len %d at offset %d exceeds %d for address family %d",
                length, at, familyLength, family));
      }
      // Like Ceph, accept a short sockaddr and treat the missing bytes as zero.
      byte[] body = Arrays.copyOf(decoder.bytes((int) length - 2), familyLength - 2);
      address = LinuxSockaddr.fromBody(family, body);
    }
    decoder.endStruct(struct);
    return new EntityAddr(type, nonce, address);
  }

  private static EntityAddr decodeLegacy(CephDecoder decoder) {
    // The marker was the low byte of a le32 type that legacy encoders always write as 0.
    decoder.skip(3);
    int nonce = decoder.s32();
    int at = decoder.offset();
    byte[] storage = decoder.bytes(LEGACY_SOCKADDR_STORAGE_LEN);
    int family = (storage[0] & 0xFF) << 8 | (storage[1] & 0xFF);
    int familyLength = familyLength(family, at);
    InetSocketAddress address =
        LinuxSockaddr.fromBody(family, Arrays.copyOfRange(storage, 2, familyLength));
    // A legacy encoding has no type of its own: as in Ceph, blank means NONE, anything else v1.
    return new EntityAddr(address == null ? TYPE_NONE : TYPE_LEGACY, nonce, address);
  }

  private static int familyLength(int family, int at) {
    int length = LinuxSockaddr.length(family);
    if (length < 0) {
      throw new ProtocolException(
          "entity_addr_t: unsupported address family " + family + " at offset " + at);
    }
    return length;
  }

  private static String typeName(int type) {
    switch (type) {
      case TYPE_LEGACY:
        return "v1";
      case TYPE_MSGR2:
        return "v2";
      case TYPE_ANY:
        return "any";
      default:
        return "type" + Integer.toUnsignedString(type);
    }
  }

  private static long decimal(String digits, long max, String text) {
    // ASCII digits only: Long.parseLong would also take digits from other scripts.
    boolean ascii = digits.chars().allMatch(c -> c >= '0' && c <= '9');
    if (digits.isEmpty() || digits.length() > 10 || !ascii) {
      throw badText(text, "'" + digits + "' is not a decimal number");
    }
    long value = Long.parseLong(digits);
    if (value > max) {
      throw badText(text, value + " exceeds " + max);
    }
    return value;
  }

  private static IllegalArgumentException badText(String text, String reason) {
    return new IllegalArgumentException("bad entity address '" + text + "': " + reason);
  }
}
