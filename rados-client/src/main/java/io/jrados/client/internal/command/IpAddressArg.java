package io.jrados.client.internal.command;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * {@code CephIPAddr}: an IPv4 or IPv6 address with an optional port and {@code v1:}, {@code v2:} or
 * {@code any:} prefix. The rules, quirks included (a bracketed IPv6 port is read from its first
 * digit only; {@code v2:} expects IPv6), follow the tool's checks. The JSON value is the word
 * without its prefix.
 */
record IpAddressArg() implements ArgType {
  private static final Pattern IPV4 =
      Pattern.compile("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:][0-9a-fA-F:.]*");

  @Override
  public Object check(String word, boolean partial) throws ArgumentException {
    String s = word;
    boolean v4 = false;
    if (s.startsWith("v1:")) {
      s = s.substring(3);
      v4 = true;
    } else if (s.startsWith("v2:")) {
      s = s.substring(3);
    } else if (s.startsWith("any:")) {
      s = s.substring(4);
      v4 = true;
    } else if (!s.startsWith("[") && s.contains(".")) {
      v4 = true;
    }
    Integer port = v4 ? checkIpv4(s) : checkIpv6(s);
    if (port != null && port > 65535) {
      throw new ArgumentException(ArgumentException.Kind.VALID, port + " not a valid port number");
    }
    return s;
  }

  private static Integer checkIpv4(String s) throws ArgumentException {
    int colon = s.indexOf(':');
    String address = colon < 0 ? s : s.substring(0, colon);
    Integer port = null;
    if (colon >= 0) {
      port = parsePort(s.substring(colon + 1));
      if (port > 65535) {
        throw new ArgumentException(
            ArgumentException.Kind.VALID, s.substring(colon + 1) + ": invalid IPv4 port");
      }
    }
    if (!isIpv4(address)) {
      throw new ArgumentException(ArgumentException.Kind.VALID, address + ": invalid IPv4 address");
    }
    return port;
  }

  private static Integer checkIpv6(String s) throws ArgumentException {
    String address = s;
    Integer port = null;
    if (s.startsWith("[")) {
      int end = s.indexOf(']');
      if (end < 0) {
        throw new ArgumentException(ArgumentException.Kind.FORMAT, s + " missing terminating ]");
      }
      if (end + 1 >= s.length()) {
        // The tool indexes past the end here and dies with this Python error.
        throw new ArgumentException(ArgumentException.Kind.VALID, "string index out of range");
      }
      if (s.charAt(end + 1) == ':') {
        if (end + 2 >= s.length() || !Character.isDigit(s.charAt(end + 2))) {
          throw new ArgumentException(ArgumentException.Kind.VALID, s + ": bad port number");
        }
        port = s.charAt(end + 2) - '0';
      }
      address = s.substring(1, end);
    }
    if (!isIpv6(address)) {
      throw new ArgumentException(ArgumentException.Kind.VALID, s + " not valid IPv6 address");
    }
    return port;
  }

  private static int parsePort(String text) throws ArgumentException {
    BigInteger value = PythonLiterals.parseInt(text, 10);
    if (value == null) {
      throw new ArgumentException(
          ArgumentException.Kind.VALID,
          "invalid literal for int() with base 10: " + PythonLiterals.stringRepr(text));
    }
    if (value.bitLength() < 31) {
      return value.intValue();
    }
    // Only the comparison with 65535 matters, so huge values saturate.
    return value.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
  }

  /** inet_pton(AF_INET): exactly four decimal octets, no leading zeros, each at most 255. */
  static boolean isIpv4(String s) {
    if (!IPV4.matcher(s).matches()) {
      return false;
    }
    for (String octet : s.split("\\.")) {
      if (Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  /** inet_pton(AF_INET6); the character filter keeps InetAddress from ever doing a DNS lookup. */
  private static boolean isIpv6(String s) {
    if (!IPV6_CHARS.matcher(s).matches() || s.indexOf(':') < 0) {
      return false;
    }
    try {
      InetAddress.getByName(s);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String describe() {
    return "<IPaddr[:port]>";
  }
}
