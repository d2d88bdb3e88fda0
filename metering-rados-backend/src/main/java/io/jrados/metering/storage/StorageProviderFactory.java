package io.jrados.metering.storage;

import io.jrados.metering.config.StorageConfig;
import java.io.IOException;

/**
 * Service-provider interface: a jar offers a storage backend by listing its implementation in
 * {@code META-INF/services/io.jrados.metering.storage.StorageProviderFactory}.
 */
public interface StorageProviderFactory {

  /** The canonical, lower-case URI scheme this factory serves, e.g. {@code localfs}. */
  String scheme();

  /** Opens a provider for a config whose scheme is {@link #scheme()}. */
  StorageProvider create(StorageConfig config) throws IOException;
}
