package io.jrados.metering.storage.localfs;

import io.jrados.metering.config.LocalFsSettings;
import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviderFactory;
import java.io.IOException;

/**
 * Registers {@link LocalFsProvider} for the {@code localfs} scheme ({@code file://} maps to it).
 */
public final class LocalFsProviderFactory implements StorageProviderFactory {

  /** Called by {@link java.util.ServiceLoader}. */
  public LocalFsProviderFactory() {}

  @Override
  public String scheme() {
    return "localfs";
  }

  @Override
  public StorageProvider create(StorageConfig config) throws IOException {
    return new LocalFsProvider(LocalFsSettings.from(config));
  }
}
