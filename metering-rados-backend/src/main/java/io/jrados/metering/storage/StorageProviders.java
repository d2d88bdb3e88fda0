package io.jrados.metering.storage;

import io.jrados.metering.config.StorageConfig;
import java.io.IOException;
import java.util.ServiceLoader;
import java.util.TreeSet;

/** Finds the {@link StorageProviderFactory} for a config's scheme through {@link ServiceLoader}. */
public final class StorageProviders {
  private StorageProviders() {}

  /**
   * Opens the provider for {@code config}.
   *
   * @throws IllegalArgumentException if no factory on the class path serves the scheme
   */
  public static StorageProvider open(StorageConfig config) throws IOException {
    return factoryFor(config.scheme()).create(config);
  }

  /** The factory serving {@code scheme}, loaded from the context class loader. */
  public static StorageProviderFactory factoryFor(String scheme) {
    TreeSet<String> available = new TreeSet<>();
    for (StorageProviderFactory factory : ServiceLoader.load(StorageProviderFactory.class)) {
      if (factory.scheme().equals(scheme)) {
        return factory;
      }
      available.add(factory.scheme());
    }
    throw new IllegalArgumentException(
        "no storage provider for scheme '"
            + scheme
            + "' (providers on the class path: "
            + String.join(", ", available)
            + ")");
  }
}
