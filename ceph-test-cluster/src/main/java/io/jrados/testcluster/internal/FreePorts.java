package io.jrados.testcluster.internal;

import io.jrados.testcluster.CephTestClusterException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks loopback ports that are free right now. The kernel hands out ephemeral ports in turn, so
 * two clusters starting side by side get different ones; OSDs and mgrs pick their own ports from
 * Ceph's 6800-7300 range, which does not overlap the ephemeral range.
 */
public final class FreePorts {
  private FreePorts() {}

  /** Returns {@code n} distinct free ports on 127.0.0.1. */
  public static List<Integer> pick(int n) {
    List<ServerSocket> held = new ArrayList<>();
    List<Integer> ports = new ArrayList<>();
    try {
      // Hold all sockets open until every port is chosen, so none is handed out twice.
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        s.setReuseAddress(true);
        held.add(s);
        ports.add(s.getLocalPort());
      }
      return ports;
    } catch (IOException e) {
      throw new CephTestClusterException("cannot find free loopback ports: " + e, e);
    } finally {
      for (ServerSocket s : held) {
        try {
          s.close();
        } catch (IOException ignored) {
          // Closing a listening socket we never accepted on cannot lose data.
        }
      }
    }
  }
}
