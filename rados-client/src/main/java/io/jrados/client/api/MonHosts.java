package io.jrados.client.api;

import io.jrados.client.internal.config.MonHostParser;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The initial list of monitors, from a {@code mon host} option or a {@code -m} argument: one entry
 * per monitor, each the list of addresses that monitor listens on.
 *
 * <p>Parsing follows Ceph's {@code MonMap::build_initial}: {@code v2:1.2.3.4:3300}, {@code
 * [v2:1.2.3.4:3300,v1:1.2.3.4:6789]}, {@code 1.2.3.4:6789} (v1, guessed from the port), {@code
 * 1.2.3.4} (two entries, v2 on 3300 and v1 on 6789), {@code [::1]:3300}, and host names, separated
 * by commas, spaces or semicolons. Host names are resolved when parsing, with the JDK's resolver.
 */
public final class MonHosts {
  private final List<List<MonAddress>> mons;

  private MonHosts(List<List<MonAddress>> mons) {
    this.mons = mons;
  }

  /**
   * Parses a mon host value.
   *
   * @throws ClientConfigException if the value is malformed or names a host that does not resolve
   */
  public static MonHosts parse(String value) {
    Objects.requireNonNull(value, "value");
    return new MonHosts(MonHostParser.parse(value, InetAddress::getAllByName));
  }

  /** A list built by the caller; each monitor needs at least one address. */
  public static MonHosts of(List<List<MonAddress>> mons) {
    List<List<MonAddress>> copy = mons.stream().map(List::copyOf).toList();
    if (copy.isEmpty() || copy.stream().anyMatch(List::isEmpty)) {
      throw new ClientConfigException("mon hosts: every monitor needs an address");
    }
    return new MonHosts(copy);
  }

  /** One immutable list of addresses per monitor, in the order given. */
  public List<List<MonAddress>> mons() {
    return mons;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonHosts other && mons.equals(other.mons);
  }

  @Override
  public int hashCode() {
    return mons.hashCode();
  }

  /** The monitors in Ceph's text form: {@code [v2:1.2.3.4:3300,v1:1.2.3.4:6789] [v2:...]}. */
  @Override
  public String toString() {
    return mons.stream()
        .map(m -> m.stream().map(MonAddress::toString).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(" "));
  }
}
