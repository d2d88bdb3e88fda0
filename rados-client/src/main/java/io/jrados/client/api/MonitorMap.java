package io.jrados.client.api;

import java.util.List;

/**
 * The monmap as the client last received it.
 *
 * @param fsid the cluster's fsid
 * @param epoch the monmap epoch
 * @param monitors in rank order
 */
public record MonitorMap(String fsid, long epoch, List<MonitorInfo> monitors) {
  public MonitorMap {
    monitors = List.copyOf(monitors);
  }
}
