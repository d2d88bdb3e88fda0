package io.jrados.client.api;

import java.util.List;

/**
 * One monitor of the current monmap.
 *
 * @param name its name ("a")
 * @param rank its rank
 * @param addresses its public addresses in Ceph's text form ("v2:127.0.0.1:3300/0")
 */
public record MonitorInfo(String name, int rank, List<String> addresses) {
  public MonitorInfo {
    addresses = List.copyOf(addresses);
  }
}
