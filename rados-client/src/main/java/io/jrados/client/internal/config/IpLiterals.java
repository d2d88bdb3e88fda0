package io.jrados.client.internal.config;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Strict IP literal parsing, as {@code inet_pton} does it, without ever asking DNS: the JDK's
 * {@link InetAddress#getByName} would also accept {@code 1.2.3} or look a name up.
 */
final class IpLiterals {
  private IpLiterals() {}

  /** The address if the text is a dotted-quad IPv4 or an IPv6 literal, else null. */
  static InetAddress parse(String text) {
    InetAddress v4 = parseIpv4(text);
    return v4 != null ? v4 : parseIpv6(text);
  }

  static InetAddress parseIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("[0-9]{1,3}") || Integer.parseInt(parts[i]) > 255) {
        return null;
      }
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    return byAddress(bytes);
  }

  /** An IPv6 literal (no brackets, no zone), or null; the JDK parses it once it has a colon. */
  static InetAddress parseIpv6(String text) {
    if (text.indexOf(':') < 0 || !text.matches("[0-9A-Fa-f:.]+")) {
      return null;
    }
    try {
      // With a colon and only these characters, getByName parses a literal and never does DNS.
      return InetAddress.getByName("[" + text + "]");
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /**
   * Whether the text is a syntactically valid DNS host name. All-numeric names are refused: the JDK
   * would read {@code 1.2.3} as the IPv4 address 1.2.0.3, Ceph would reject it.
   */
  static boolean isHostName(String text) {
    return text.length() <= 253
        && !text.matches("[0-9.]+")
        && text.matches(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?");
  }

  private static InetAddress byAddress(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an IPv4 address", e);
    }
  }
}
