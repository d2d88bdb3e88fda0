package io.jrados.metering.storage.rados;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.IoCtx;
import io.jrados.client.api.RadosClient;
import io.jrados.client.api.RadosException;
import io.jrados.metering.config.RadosSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviderFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers {@link RadosProvider} for the {@code rados} scheme: connects a {@link RadosClient} as
 * the settings say ({@code conf}, {@code id}, {@code keyring}, {@code mon-host}, {@code key}, the
 * same meaning as the {@code ceph} tool's {@code -c --id -k -m --key}) and opens the pool.
 */
public final class RadosProviderFactory implements StorageProviderFactory {

  /** Called by {@link java.util.ServiceLoader}. */
  public RadosProviderFactory() {}

  @Override
  public String scheme() {
    return RadosSettings.SCHEME;
  }

  @Override
  public StorageProvider create(StorageConfig config) throws IOException {
    RadosSettings settings = RadosSettings.from(config);
    RadosClient client = connect(settings);
    try {
      IoCtx io = client.ioCtx(settings.pool()).withNamespace(settings.namespace());
      return new RadosProvider(
          client, true, io, settings.prefix(), RadosProvider.DEFAULT_CHUNK_SIZE);
    } catch (RadosException e) {
      client.close();
      throw new IOException("opening pool " + settings.pool() + " failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  /** A connected client for {@code settings}; the caller closes it. */
  public static RadosClient connect(RadosSettings settings) throws IOException {
    List<String> args = new ArrayList<>();
    settings.conf().ifPresent(v -> add(args, "-c", v));
    settings.id().ifPresent(v -> add(args, "--id", v));
    settings.keyring().ifPresent(v -> add(args, "-k", v));
    settings.monHost().ifPresent(v -> add(args, "-m", v));
    settings.key().ifPresent(v -> add(args, "--key", v));
    ClientOptions options;
    try {
      // No CEPH_ARGS/CEPH_CONF: the storage settings alone say where the cluster is.
      options = ClientOptions.fromArgs(args.toArray(String[]::new), Map.of()).options();
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "rados settings " + settings + ": " + masked(e.getMessage(), settings));
    }
    RadosClient client;
    try {
      client = RadosClient.create(options);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "rados settings " + settings + ": " + masked(e.getMessage(), settings));
    }
    try {
      client.connect();
      return client;
    } catch (RadosException e) {
      client.close();
      throw new IOException(
          "connecting to the cluster failed: " + masked(e.getMessage(), settings), e);
    }
  }

  /** The message with the key, should an option parser have quoted it, replaced by the mask. */
  private static String masked(String message, RadosSettings settings) {
    String text = String.valueOf(message);
    return settings.key().filter(k -> !k.isEmpty()).map(k -> text.replace(k, "***")).orElse(text);
  }

  private static void add(List<String> args, String flag, String value) {
    args.add(flag);
    args.add(value);
  }
}
