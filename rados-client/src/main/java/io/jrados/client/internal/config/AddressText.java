package io.jrados.client.internal.config;

import io.jrados.client.api.MonProtocol;

/**
 * One address as written in {@code mon host}: an optional {@code v1:}, {@code v2:} or {@code any:}
 * prefix, a host (IPv4, bracketed IPv6, bare IPv6 without port, or a host name), an optional {@code
 * :port} and an optional {@code /nonce}, which a monitor address does not need and is ignored.
 *
 * @param protocol the prefix's protocol, or null when there is none
 * @param host the IP literal or host name, without brackets
 * @param port the port, 0 when not given
 */
record AddressText(MonProtocol protocol, String host, int port) {

  static AddressText parse(String text, MonHostParser owner) {
    MonProtocol protocol = null;
    String rest = text;
    for (MonProtocol p : MonProtocol.values()) {
      if (rest.startsWith(p.prefix() + ":")) {
        protocol = p;
        rest = rest.substring(p.prefix().length() + 1);
        break;
      }
    }
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      if (!rest.substring(slash + 1).matches("[0-9]*")) {
        throw owner.error("bad nonce in address '" + text + "'");
      }
      rest = rest.substring(0, slash);
    }
    String host;
    String portText = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw owner.error("unterminated '[' in address '" + text + "'");
      }
      host = rest.substring(1, close);
      String after = rest.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw owner.error("unexpected text after ']' in address '" + text + "'");
        }
        portText = after.substring(1);
      }
    } else if (IpLiterals.parseIpv6(rest) != null) {
      // A bare IPv6 literal swallows every colon, so it cannot have a port, as in Ceph.
      host = rest;
    } else {
      int colon = rest.lastIndexOf(':');
      host = colon < 0 ? rest : rest.substring(0, colon);
      portText = colon < 0 ? null : rest.substring(colon + 1);
    }
    if (host.isEmpty()) {
      throw owner.error("empty address in '" + text + "'");
    }
    return new AddressText(protocol, host, parsePort(portText, text, owner));
  }

  private static int parsePort(String portText, String text, MonHostParser owner) {
    if (portText == null || portText.isEmpty()) {
      return 0;
    }
    if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) > 65535) {
      throw owner.error("bad port '" + portText + "' in address '" + text + "'");
    }
    return Integer.parseInt(portText);
  }
}
