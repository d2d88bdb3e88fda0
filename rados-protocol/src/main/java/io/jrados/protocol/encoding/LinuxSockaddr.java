package io.jrados.protocol.encoding;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * Linux's {@code sockaddr_in} and {@code sockaddr_in6}, which Ceph copies onto the wire as they sit
 * in memory on x86: the port, flow label and address in network byte order, the IPv6 scope id in
 * host (little-endian) order. The family field in front is handled by the callers, because its byte
 * order depends on the encoding (little-endian in {@code entity_addr_t} v1, big-endian in the
 * legacy form).
 *
 * <p>The "body" is everything after the two family bytes.
 */
final class LinuxSockaddr {
  static final int AF_UNSPEC = 0;
  static final int AF_INET = 2;
  static final int AF_INET6 = 10;

  /** {@code sizeof(sockaddr_in6)}, which is also the size of the union Ceph keeps addresses in. */
  private static final int SOCKADDR_IN6_LEN = 28;

  private static final int SOCKADDR_IN_LEN = 16;

  private LinuxSockaddr() {}

  /** The address family of {@code address}; {@code null} stands for "no address". */
  static int family(InetSocketAddress address) {
    if (address == null) {
      return AF_UNSPEC;
    }
    return address.getAddress() instanceof Inet4Address ? AF_INET : AF_INET6;
  }

  /**
   * The size Ceph gives a sockaddr of {@code family}, family field included, or -1 for a family
   * this library does not handle. An unspecified family gets the size of the whole union, which is
   * what both Ceph and the kernel write for a blank address.
   */
  static int length(int family) {
    switch (family) {
      case AF_INET:
        return SOCKADDR_IN_LEN;
      case AF_INET6:
      case AF_UNSPEC:
        return SOCKADDR_IN6_LEN;
      default:
        return -1;
    }
  }

  /** The bytes after the family field: {@code length(family(address)) - 2} of them. */
  static byte[] body(InetSocketAddress address) {
    int family = family(address);
    byte[] body = new byte[length(family) - 2];
    if (address == null) {
      return body;
    }
    body[0] = (byte) (address.getPort() >>> 8);
    body[1] = (byte) address.getPort();
    InetAddress ip = address.getAddress();
    if (family == AF_INET) {
      System.arraycopy(ip.getAddress(), 0, body, 2, 4);
    } else {
      // Bytes 2..5 are the flow label, which Java does not carry: left zero.
      System.arraycopy(ip.getAddress(), 0, body, 6, 16);
      int scope = ((Inet6Address) ip).getScopeId();
      for (int i = 0; i < 4; i++) {
        body[22 + i] = (byte) (scope >>> (8 * i));
      }
    }
    return body;
  }

  /**
   * The address in a body of {@code length(family) - 2} bytes, or {@code null} for {@link
   * #AF_UNSPEC}, whose remaining bytes carry nothing.
   *
   * @param family {@link #AF_UNSPEC}, {@link #AF_INET} or {@link #AF_INET6}
   */
  static InetSocketAddress fromBody(int family, byte[] body) {
    if (family == AF_UNSPEC) {
      return null;
    }
    int port = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
    try {
      InetAddress ip;
      if (family == AF_INET) {
        ip = InetAddress.getByAddress(new byte[] {body[2], body[3], body[4], body[5]});
      } else {
        byte[] bytes = new byte[16];
        System.arraycopy(body, 6, bytes, 0, 16);
        int scope =
            (body[22] & 0xFF)
                | (body[23] & 0xFF) << 8
                | (body[24] & 0xFF) << 16
                | (body[25] & 0xFF) << 24;
        // Inet6Address.getByAddress keeps IPv4-mapped addresses as IPv6, unlike
        // InetAddress.getByAddress; a negative scope means "none".
        ip = Inet6Address.getByAddress(null, bytes, scope == 0 ? -1 : scope);
      }
      return new InetSocketAddress(ip, port);
    } catch (UnknownHostException e) {
      // Only thrown for an array of the wrong length, and the lengths above are fixed.
      throw new IllegalStateException(e);
    }
  }
}
