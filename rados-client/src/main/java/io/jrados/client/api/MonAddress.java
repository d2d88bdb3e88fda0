package io.jrados.client.api;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One address of one monitor: the protocol it speaks there and its resolved IP and port.
 *
 * @param protocol {@link MonProtocol#V1} or {@link MonProtocol#V2} (or ANY, see there)
 * @param address a resolved socket address
 */
public record MonAddress(MonProtocol protocol, InetSocketAddress address) {

  /** Checks that both parts are present and the address is resolved. */
  public MonAddress {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(address, "address");
    if (address.isUnresolved()) {
      throw new IllegalArgumentException("unresolved monitor address " + address.getHostString());
    }
  }

  /** Ceph's text form: {@code v2:10.0.0.1:3300}, {@code v1:[::1]:6789}. */
  @Override
  public String toString() {
    String ip = address.getAddress().getHostAddress();
    if (address.getAddress() instanceof Inet6Address) {
      ip = "[" + ip + "]";
    }
    return protocol.prefix() + ":" + ip + ":" + address.getPort();
  }
}
