package io.jrados.testcluster.internal;

import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.MonAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders the one {@code ceph.conf} that every daemon and client of a test cluster reads. */
public final class CephConfWriter {
  private CephConfWriter() {}

  /** The options every test cluster has, before the spec's own options override them. */
  static Map<String, Map<String, String>> baseOptions(
      CephClusterSpec spec, ClusterLayout layout, String fsid, List<MonAddress> mons) {
    Map<String, String> global = new LinkedHashMap<>();
    global.put("fsid", fsid);
    global.put("mon host", mons.stream().map(MonAddress::addrvec).collect(Collectors.joining(",")));
    global.put("public addr", "127.0.0.1");
    global.put("auth cluster required", "cephx");
    global.put("auth service required", "cephx");
    global.put("auth client required", "cephx");
    // Reclaiming a global id without the old ticket is the CVE-2021-20288 hole; refusing it also
    // clears the health warning, so HEALTH_OK is reachable.
    global.put("auth allow insecure global id reclaim", "false");
    global.put("keyring", layout.adminKeyring().toString());
    global.put("run dir", layout.runDir().toString());
    global.put("pid file", layout.runDir() + "/$name.pid");
    global.put("admin socket", layout.runDir() + "/$name.asok");
    global.put("log file", layout.logDir() + "/$name.log");
    global.put("mon cluster log file", layout.logDir() + "/cluster.log");
    global.put("mon data", layout.dir() + "/$name");
    global.put("osd data", layout.dir() + "/$name");
    global.put("mgr data", layout.dir() + "/$name");
    global.put("ms bind msgr2", "true");
    global.put("ms bind msgr1", Boolean.toString(spec.msgr1()));
    global.put("ms bind ipv6", "false");
    global.put("osd objectstore", "memstore");
    global.put("memstore device bytes", Long.toString(spec.memstoreBytes()));
    // Memstore keeps objects in RAM and saves them only when the store is unmounted; Pacific's
    // fast shutdown skips that, so a stopped and restarted OSD would come back empty.
    global.put("osd fast shutdown", "false");
    global.put("osd pool default size", "1");
    global.put("osd pool default min size", "1");
    global.put("osd pool default pg num", "8");
    global.put("osd pool default pgp num", "8");
    // The autoscaler would change pg_num under a running test.
    global.put("osd pool default pg autoscale mode", "off");
    global.put("mon allow pool size one", "true");
    global.put("mon allow pool delete", "true");
    global.put("mon warn on pool no redundancy", "false");
    global.put("osd crush chooseleaf type", "0");
    // Scratch disks are often fuller than Ceph's 30% warning threshold; that is not a test failure.
    global.put("mon data avail warn", "1");
    global.put("mon data avail crit", "0");
    // The mon batches map changes into one proposal per second by default, so every pool created,
    // snapshot taken or OSD marked out made a test wait up to a second for its epoch. A tenth of
    // that: measured on five ITs (pools, snapshots, placement after map changes), 158 s became 125.
    global.put("paxos propose interval", "0.1");

    Map<String, String> daemonsWithOwnKeys = Map.of("keyring", layout.dir() + "/$name/keyring");
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put("global", global);
    all.put("osd", new LinkedHashMap<>(daemonsWithOwnKeys));
    all.put("mgr", new LinkedHashMap<>(daemonsWithOwnKeys));
    return all;
  }

  /** The whole file: the base options with the spec's options laid over them. */
  public static String render(
      CephClusterSpec spec, ClusterLayout layout, String fsid, List<MonAddress> mons) {
    Map<String, Map<String, String>> all = baseOptions(spec, layout, fsid, mons);
    spec.conf()
        .forEach(
            (section, options) -> {
              Map<String, String> target = all.computeIfAbsent(section, k -> new LinkedHashMap<>());
              options.forEach(
                  (k, v) -> {
                    // Ceph treats spaces and underscores in option names alike; so must overrides.
                    target.keySet().removeIf(existing -> normalize(existing).equals(normalize(k)));
                    target.put(k, v);
                  });
            });
    StringBuilder s = new StringBuilder("# Written by jrados ceph-test-cluster.\n");
    all.forEach(
        (section, options) -> {
          s.append('[').append(section).append("]\n");
          options.forEach((k, v) -> s.append('\t').append(k).append(" = ").append(v).append('\n'));
        });
    return s.toString();
  }

  static String normalize(String option) {
    return option.trim().replace(' ', '_').replace('-', '_').toLowerCase(java.util.Locale.ROOT);
  }
}
