package io.jrados.metering.storage.rados;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.RadosClient;
import io.jrados.testcluster.CephCluster;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients and fresh namespaces for the rados provider's tests on the shared cluster. */
final class RadosTestClients {
  /** The pool every metering IT writes in; each test takes a namespace of its own. */
  static final String POOL = "metering-it";

  private static final AtomicInteger NAMESPACES = new AtomicInteger();
  private static boolean poolCreated;

  private RadosTestClients() {}

  /** A connected client of the cluster's admin, with {@link #POOL} created. */
  static synchronized RadosClient connect(CephCluster c) {
    if (!poolCreated) {
      c.createPool(POOL, 8);
      poolCreated = true;
    }
    RadosClient client =
        RadosClient.create(
            ClientOptions.fromArgs(new String[] {"-c", c.confPath().toString()}, Map.of())
                .options());
    try {
      client.connect();
      return client;
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** A namespace no other test in this JVM uses, so each test starts on an empty store. */
  static String freshNamespace(String what) {
    return what + "-" + ProcessHandle.current().pid() + "-" + NAMESPACES.incrementAndGet();
  }
}
