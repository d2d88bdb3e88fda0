package io.jrados.testcluster.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The clusters this JVM started and has not closed. One shutdown hook closes them all, so a test
 * run that ends early (or is interrupted with Ctrl-C) leaves no daemon behind.
 */
final class LiveClusters {
  private static final Set<ManagedCephCluster> LIVE = new LinkedHashSet<>();
  private static boolean hookInstalled;

  private LiveClusters() {}

  static synchronized void add(ManagedCephCluster c) {
    if (!hookInstalled) {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(LiveClusters::closeAll, "ceph-test-cluster-shutdown"));
      hookInstalled = true;
    }
    LIVE.add(c);
  }

  static synchronized void remove(ManagedCephCluster c) {
    LIVE.remove(c);
  }

  private static void closeAll() {
    List<ManagedCephCluster> all;
    synchronized (LiveClusters.class) {
      all = new ArrayList<>(LIVE);
    }
    for (ManagedCephCluster c : all) {
      try {
        c.close();
      } catch (RuntimeException e) {
        System.err.println("ceph-test-cluster: closing " + c.dataDir() + " at exit failed: " + e);
      }
    }
  }
}
