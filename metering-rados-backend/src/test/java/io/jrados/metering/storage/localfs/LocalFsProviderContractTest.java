package io.jrados.metering.storage.localfs;

import io.jrados.metering.config.StorageConfig;
import io.jrados.metering.storage.StorageProvider;
import io.jrados.metering.storage.StorageProviderContract;
import io.jrados.metering.storage.StorageProviders;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The provider contract on {@code localfs}, opened by URI through ServiceLoader. */
class LocalFsProviderContractTest extends StorageProviderContract {
  @TempDir Path base;

  @Override
  protected StorageProvider openProvider(String prefix) throws IOException {
    return StorageProviders.open(
        StorageConfig.builder().scheme("localfs").basePath(base.toString()).prefix(prefix).build());
  }
}
