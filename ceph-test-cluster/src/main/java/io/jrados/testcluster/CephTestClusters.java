package io.jrados.testcluster;

import io.jrados.testcluster.internal.Bootstrap;
import io.jrados.testcluster.internal.ClusterLayout;
import io.jrados.testcluster.internal.ClusterState;
import io.jrados.testcluster.internal.ContainerHost;
import io.jrados.testcluster.internal.DaemonHost;
import io.jrados.testcluster.internal.NativeHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Starts test clusters, and reattaches to ones a launcher left running. */
public final class CephTestClusters {
  private CephTestClusters() {}

  /**
   * Starts a cluster and returns once every daemon is up (mons in quorum, OSDs up, mgr active).
   * Prints one line with the startup time to standard output.
   */
  public static CephCluster start(CephClusterSpec spec) {
    Backend backend = BackendSelector.forThisMachine().select(spec.backend(), spec.release());
    boolean ownsDir = spec.dataDir().isEmpty();
    Path dir;
    try {
      dir = ownsDir ? Files.createTempDirectory("jrados-ceph") : spec.dataDir().get();
    } catch (IOException e) {
      throw new CephTestClusterException("cannot create a scratch directory: " + e, e);
    }
    ClusterLayout layout = Bootstrap.prepareLayout(dir);
    DaemonHost host =
        backend == Backend.NATIVE
            ? NativeHost.forRelease(spec.release(), layout)
            : ContainerHost.start(spec.release().containerImage(), dir);
    CephCluster c = Bootstrap.start(spec, backend, host, layout, ownsDir);
    System.out.printf(
        "ceph-test-cluster: %s (%s, Ceph %s) ready in %.1f s at %s%n",
        spec.describe(),
        backend.name().toLowerCase(java.util.Locale.ROOT),
        spec.release().version(),
        c.startupTime().toMillis() / 1000.0,
        c.dataDir());
    return c;
  }

  /**
   * A handle on a native cluster that {@code bin/ceph-test-cluster start --dir DIR} left running.
   * Closing it stops the daemons and removes the data, keeping the logs.
   */
  public static CephCluster attach(Path dir) {
    return ClusterState.attach(dir);
  }
}
