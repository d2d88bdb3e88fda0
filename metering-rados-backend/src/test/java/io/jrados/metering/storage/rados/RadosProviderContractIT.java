package io.jrados.metering.storage.rados;

import io.jrados.client.api.IoCtx;
import io.jrados.client.api.RadosClient;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviderContract;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.junit.CephClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider contract (the same suite {@code localfs} passes) on the real cluster: each test on a
 * fresh namespace of one pool, with the default 4 MiB chunks, so the 64 MiB test file is striped.
 */
@ExtendWith(CephClusterExtension.class)
class RadosProviderContractIT extends StorageProviderContract {
  private static RadosClient client;
  private IoCtx io;

  @BeforeAll
  static void connect(CephCluster c) {
    client = RadosTestClients.connect(c);
  }

  @AfterAll
  static void disconnect() {
    if (client != null) {
      client.close();
    }
  }

  @BeforeEach
  void freshNamespace() {
    io = client.ioCtx(RadosTestClients.POOL).withNamespace(RadosTestClients.freshNamespace("c"));
  }

  @Override
  protected StorageProvider openProvider(String prefix) {
    return new RadosProvider(client, false, io, prefix, RadosProvider.DEFAULT_CHUNK_SIZE);
  }
}
