package io.jrados.client.internal.config;

import io.jrados.client.api.ClientConfigException;
import io.jrados.client.api.MonAddress;
import io.jrados.client.api.MonProtocol;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@code mon host} / {@code -m} value into the initial monitor list, with the rules of
 * {@code MonMap::build_initial}, {@code parse_ip_port_vec} and {@code entity_addr_t::parse}:
 *
 * <ul>
 *   <li>Entries are separated by spaces, semicolons and commas; a {@code [a,b]} vector is one
 *       monitor with several addresses, taken as written (an address without prefix in a vector is
 *       v2).
 *   <li>A lone address with a {@code v1:}/{@code v2:} prefix is one monitor; without a port it gets
 *       the protocol's default port (6789 or 3300).
 *   <li>A lone address without prefix is guessed from its port: 6789 is v1, 3300 is v2, no port
 *       gives two monitors (v2 on 3300 and v1 on 6789), any other port two monitors (v2 and v1 on
 *       that port). Such a repeat of an address already listed is dropped.
 *   <li>IPv6 needs brackets to carry a port: {@code [::1]:3300}.
 *   <li>Anything that is not an IP literal is a host name, resolved now to all its addresses.
 * </ul>
 *
 * <p>Deliberate differences from Ceph: a host name may carry a {@code v1:}/{@code v2:} prefix
 * (Ceph's resolver path drops prefixes); a name that does not resolve is an error naming it, where
 * Ceph skips it; and an address inside a vector must have a port, where Ceph keeps port 0.
 */
public final class MonHostParser {
  static final int MON_PORT_V1 = 6789;
  static final int MON_PORT_V2 = 3300;

  /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} in production. */
  @FunctionalInterface
  public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final String value;
  private final HostResolver resolver;

  private MonHostParser(String value, HostResolver resolver) {
    this.value = value;
    this.resolver = resolver;
  }

  /** Parses a mon host value; the result has one list of addresses per monitor. */
  public static List<List<MonAddress>> parse(String value, HostResolver resolver) {
    return new MonHostParser(value, resolver).parse();
  }

  private List<List<MonAddress>> parse() {
    List<List<MonAddress>> mons = new ArrayList<>();
    Set<MonAddress> seen = new LinkedHashSet<>();
    for (String item : value.split("[ ;]+")) {
      int i = 0;
      while (i < item.length()) {
        if (item.charAt(i) == ',') {
          i++;
          continue;
        }
        if (item.charAt(i) == '[' && !startsWithBracketedIpv6(item, i)) {
          int close = matchingBracket(item, i);
          if (close < 0) {
            throw error("unterminated '[' address vector");
          }
          List<MonAddress> vector = parseVector(item.substring(i + 1, close));
          mons.add(vector);
          seen.addAll(vector);
          i = close + 1;
        } else {
          int end = endOfAddress(item, i);
          addLoneAddress(AddressText.parse(item.substring(i, end), this), mons, seen);
          i = end;
        }
      }
    }
    if (mons.isEmpty()) {
      throw error("no monitor addresses");
    }
    return List.copyOf(mons);
  }

  private List<MonAddress> parseVector(String inside) {
    List<MonAddress> addresses = new ArrayList<>();
    for (String text : inside.split(",", -1)) {
      AddressText a = AddressText.parse(text, this);
      if (a.port() == 0) {
        throw error("address '" + text + "' in a [...] vector needs a port");
      }
      MonProtocol protocol = a.protocol() == null ? MonProtocol.V2 : a.protocol();
      for (InetAddress ip : resolve(a.host())) {
        addresses.add(new MonAddress(protocol, new InetSocketAddress(ip, a.port())));
      }
    }
    return List.copyOf(addresses);
  }

  private void addLoneAddress(AddressText a, List<List<MonAddress>> mons, Set<MonAddress> seen) {
    for (InetAddress ip : resolve(a.host())) {
      List<MonAddress> guesses = new ArrayList<>(2);
      if (a.protocol() != null && a.protocol() != MonProtocol.ANY) {
        int port = a.port() != 0 ? a.port() : defaultPort(a.protocol());
        guesses.add(new MonAddress(a.protocol(), new InetSocketAddress(ip, port)));
      } else if (a.port() == MON_PORT_V1) {
        guesses.add(new MonAddress(MonProtocol.V1, new InetSocketAddress(ip, MON_PORT_V1)));
      } else if (a.port() == MON_PORT_V2) {
        guesses.add(new MonAddress(MonProtocol.V2, new InetSocketAddress(ip, MON_PORT_V2)));
      } else {
        int v2Port = a.port() == 0 ? MON_PORT_V2 : a.port();
        int v1Port = a.port() == 0 ? MON_PORT_V1 : a.port();
        guesses.add(new MonAddress(MonProtocol.V2, new InetSocketAddress(ip, v2Port)));
        guesses.add(new MonAddress(MonProtocol.V1, new InetSocketAddress(ip, v1Port)));
      }
      for (MonAddress guess : guesses) {
        if (seen.add(guess)) {
          mons.add(List.of(guess));
        }
      }
    }
  }

  private static int defaultPort(MonProtocol protocol) {
    return protocol == MonProtocol.V1 ? MON_PORT_V1 : MON_PORT_V2;
  }

  private List<InetAddress> resolve(String host) {
    InetAddress literal = IpLiterals.parse(host);
    if (literal != null) {
      return List.of(literal);
    }
    if (!IpLiterals.isHostName(host)) {
      throw error("'" + host + "' is neither an IP address nor a host name");
    }
    try {
      return List.of(resolver.resolve(host));
    } catch (UnknownHostException e) {
      throw new ClientConfigException(
          "mon host '" + value + "': cannot resolve host name '" + host + "'", e);
    }
  }

  /** The ']' closing the '[' at i, skipping the brackets of IPv6 addresses inside; or -1. */
  private static int matchingBracket(String item, int i) {
    int depth = 0;
    for (int j = i; j < item.length(); j++) {
      if (item.charAt(j) == '[') {
        depth++;
      } else if (item.charAt(j) == ']' && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  /** Whether the '[' at i opens a bracketed IPv6 literal rather than an address vector. */
  private static boolean startsWithBracketedIpv6(String item, int i) {
    int close = item.indexOf(']', i);
    return close > 0 && IpLiterals.parseIpv6(item.substring(i + 1, close)) != null;
  }

  /** An unbracketed address runs to the next comma; a bracketed IPv6 one past its ']'. */
  private static int endOfAddress(String item, int i) {
    int from = item.charAt(i) == '[' ? item.indexOf(']', i) : i;
    int comma = item.indexOf(',', from);
    return comma < 0 ? item.length() : comma;
  }

  ClientConfigException error(String what) {
    return new ClientConfigException("mon host '" + value + "': " + what);
  }
}
