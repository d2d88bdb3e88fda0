package io.jrados.testcluster.internal;

import io.jrados.testcluster.Backend;
import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.MonAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Brings a cluster up from nothing, the way Ceph's own vstart does it by hand: monmap, mon mkfs,
 * mons to quorum, then OSDs (id, mkfs, key, start), then the mgr, then a wait for all to be up.
 */
public final class Bootstrap {
  private static final String MON_NAMES = "abcde";
  private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

  private Bootstrap() {}

  /**
   * Starts a cluster laid out as {@code layout} (see {@link #prepareLayout}).
   *
   * @param ownsDir whether close() may delete the layout's directory (true for a temporary one)
   */
  public static ManagedCephCluster start(
      CephClusterSpec spec,
      Backend backend,
      DaemonHost host,
      ClusterLayout layout,
      boolean ownsDir) {
    long t0 = System.nanoTime();
    String fsid = UUID.randomUUID().toString();
    List<MonAddress> mons = monAddresses(spec);
    List<DaemonId> daemons = new ArrayList<>();
    mons.forEach(m -> daemons.add(DaemonId.mon(m.name())));
    for (int i = 0; i < spec.osds(); i++) {
      daemons.add(DaemonId.osd(i));
    }
    if (spec.mgr()) {
      daemons.add(DaemonId.mgr("x"));
    }
    write(layout.conf(), CephConfWriter.render(spec, layout, fsid, mons));
    write(layout.adminKeyring(), initialKeyring());

    ManagedCephCluster cluster =
        new ManagedCephCluster(spec, backend, host, layout, fsid, mons, daemons, ownsDir);
    try {
      startMons(cluster, spec, fsid, mons);
      List<DaemonId> osds = cluster.daemonsOfType(io.jrados.testcluster.DaemonType.OSD);
      createOsds(cluster, osds);
      parallel(osds, cluster::launch);
      if (spec.mgr()) {
        startMgr(cluster);
      }
      ClusterWaits waits = new ClusterWaits(cluster);
      waits.osdsUp(spec.osds(), spec.readyTimeout());
      if (spec.mgr()) {
        waits.mgrAvailable(spec.readyTimeout());
        for (String check : spec.release().mutedHealthChecks()) {
          cluster.ceph("health", "mute", check).requireOk();
        }
      }
      ClusterState.write(cluster);
      cluster.startupTime(Duration.ofNanos(System.nanoTime() - t0));
      return cluster;
    } catch (RuntimeException e) {
      cluster.markFailed();
      try {
        cluster.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Makes the cluster's directories in {@code dir}, refusing one that already holds a cluster. The
   * daemon host needs the layout before the start: a release root must see its directories.
   */
  public static ClusterLayout prepareLayout(Path dir) {
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve("cluster.json"))) {
        throw new CephTestClusterException(
            dir + " already holds a cluster (cluster.json); stop it and use an empty directory");
      }
      Path runDir = dir.resolve("run");
      if (runDir.toString().length() > ClusterLayout.MAX_RUN_DIR_LENGTH) {
        runDir = Files.createTempDirectory("jrados-run");
      }
      ClusterLayout layout = new ClusterLayout(dir, runDir);
      Files.createDirectories(layout.runDir());
      Files.createDirectories(layout.logDir());
      return layout;
    } catch (IOException e) {
      throw new CephTestClusterException("cannot prepare " + dir + ": " + e, e);
    }
  }

  private static List<MonAddress> monAddresses(CephClusterSpec spec) {
    int perMon = spec.msgr1() ? 2 : 1;
    List<Integer> ports = FreePorts.pick(spec.mons() * perMon);
    List<MonAddress> mons = new ArrayList<>();
    for (int i = 0; i < spec.mons(); i++) {
      int v2 = ports.get(i * perMon);
      int v1 = spec.msgr1() ? ports.get(i * perMon + 1) : 0;
      mons.add(new MonAddress(String.valueOf(MON_NAMES.charAt(i)), "127.0.0.1", v2, v1));
    }
    return mons;
  }

  private static String initialKeyring() {
    Map<String, String> monCaps = Map.of("mon", "allow *");
    Map<String, String> adminCaps = new LinkedHashMap<>();
    for (String svc : List.of("mds", "mgr", "mon", "osd")) {
      adminCaps.put(svc, "allow *");
    }
    return CephxKeys.entry("mon.", CephxKeys.newSecret(), monCaps)
        + CephxKeys.entry("client.admin", CephxKeys.newSecret(), adminCaps);
  }

  private static void startMons(
      ManagedCephCluster cluster, CephClusterSpec spec, String fsid, List<MonAddress> mons) {
    ClusterLayout layout = cluster.layout();
    List<String> monmaptool =
        new ArrayList<>(List.of("monmaptool", "--create", "--fsid", fsid, "--enable-all-features"));
    for (MonAddress m : mons) {
      monmaptool.addAll(List.of("--addv", m.name(), m.addrvec()));
    }
    monmaptool.add(layout.monmap().toString());
    cluster.host().run(monmaptool, STEP_TIMEOUT).requireOk();

    List<DaemonId> monIds = cluster.daemonsOfType(io.jrados.testcluster.DaemonType.MON);
    parallel(
        monIds,
        d ->
            cluster
                .host()
                .run(
                    List.of(
                        "ceph-mon",
                        "-c",
                        layout.conf().toString(),
                        "--mkfs",
                        "-i",
                        d.id(),
                        "--monmap",
                        layout.monmap().toString(),
                        "--keyring",
                        layout.adminKeyring().toString()),
                    STEP_TIMEOUT)
                .requireOk());
    parallel(monIds, cluster::launch);
    new ClusterWaits(cluster).quorum(mons.size(), spec.readyTimeout());
  }

  /** Registers each OSD with the mons, with its cephx key, and makes its (memstore) store. */
  private static void createOsds(ManagedCephCluster cluster, List<DaemonId> osds) {
    ClusterLayout layout = cluster.layout();
    for (DaemonId d : osds) {
      String uuid = UUID.randomUUID().toString();
      String secret = CephxKeys.newSecret();
      Path data = layout.dataOf(d);
      Path secrets = data.resolve("new.json");
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw new CephTestClusterException("cannot create " + data + ": " + e, e);
      }
      write(secrets, "{\"cephx_secret\": \"" + secret + "\"}\n");
      cluster.ceph("osd", "new", uuid, d.id(), "-i", secrets.toString()).requireOk();
      cluster
          .host()
          .run(
              List.of(
                  "ceph-osd",
                  "-c",
                  layout.conf().toString(),
                  "-i",
                  d.id(),
                  "--mkfs",
                  "--osd-uuid",
                  uuid,
                  "--no-mon-config"),
              STEP_TIMEOUT)
          .requireOk();
      write(layout.keyringOf(d), CephxKeys.entry(d.toString(), secret, Map.of()));
      try {
        Files.delete(secrets);
      } catch (IOException e) {
        throw new CephTestClusterException("cannot remove " + secrets + ": " + e, e);
      }
    }
  }

  private static void startMgr(ManagedCephCluster cluster) {
    DaemonId mgr = DaemonId.mgr("x");
    Path data = cluster.layout().dataOf(mgr);
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new CephTestClusterException("cannot create " + data + ": " + e, e);
    }
    String keyring =
        cluster
            .ceph(
                "auth",
                "get-or-create",
                mgr.toString(),
                "mon",
                "allow profile mgr",
                "osd",
                "allow *",
                "mds",
                "allow *")
            .requireOk()
            .stdout();
    write(cluster.layout().keyringOf(mgr), keyring);
    cluster.launch(mgr);
  }

  /** Runs one step per daemon at once; the first failure is rethrown as it was. */
  private static void parallel(List<DaemonId> items, Consumer<DaemonId> step) {
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (DaemonId d : items) {
      all.add(CompletableFuture.runAsync(() -> step.accept(d)));
    }
    try {
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  private static void write(Path p, String content) {
    try {
      Files.writeString(p, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CephTestClusterException("cannot write " + p + ": " + e, e);
    }
  }
}
