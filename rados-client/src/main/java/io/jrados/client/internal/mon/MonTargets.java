package io.jrados.client.internal.mon;

import io.jrados.client.api.MonAddress;
import io.jrados.client.api.MonHosts;
import io.jrados.client.api.MonProtocol;
import io.jrados.client.api.RadosException;
import io.jrados.protocol.encoding.EntityAddr;
import io.jrados.protocol.mon.MonInfo;
import io.jrados.protocol.mon.MonMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The msgr2 addresses to hunt over: from the configured {@code mon host} until a monmap arrives,
 * from the monmap after. jrados speaks msgr2 only, so v1-only mons are skipped.
 */
final class MonTargets {
  private MonTargets() {}

  /** One named target: the mon's name ("mon0" style before a monmap) and its v2 address. */
  record Target(String name, EntityAddr address) {}

  static List<Target> fromConfig(MonHosts hosts) {
    List<Target> out = new ArrayList<>();
    int i = 0;
    for (List<MonAddress> mon : hosts.mons()) {
      for (MonAddress a : mon) {
        if (a.protocol() != MonProtocol.V1) {
          out.add(
              new Target(
                  "noname-" + (char) ('a' + i),
                  new EntityAddr(EntityAddr.TYPE_MSGR2, 0, a.address())));
          break;
        }
      }
      i++;
    }
    if (out.isEmpty()) {
      throw new RadosException(
          "mon host " + hosts + " lists no msgr2 (v2) address; jrados speaks msgr2 only");
    }
    return out;
  }

  static List<Target> fromMonMap(MonMap map) {
    List<Target> out = new ArrayList<>();
    for (MonInfo mon : map.monsInRankOrder()) {
      Optional<EntityAddr> v2 = mon.publicAddrs().pickMsgr2();
      v2.filter(a -> a.type() == EntityAddr.TYPE_MSGR2)
          .ifPresent(a -> out.add(new Target(mon.name(), a)));
    }
    return out;
  }
}
