package io.jrados.metering.config;

import java.util.Optional;
import java.util.Set;

/**
 * The {@code rados} settings of a {@link StorageConfig}, from {@code
 * rados://POOL/PREFIX?conf=&id=&keyring=&mon-host=&key=&namespace=}. {@link #toString()} never
 * shows the key.
 *
 * @param pool the pool holding the objects
 * @param prefix the key prefix, possibly empty
 * @param namespace the RADOS namespace, empty for the default one
 * @param conf path of a ceph.conf
 * @param id the cephx user without {@code client.}
 * @param keyring path of a keyring file
 * @param monHost monitor addresses, as in ceph.conf's {@code mon_host}
 * @param key the cephx secret, base64
 */
public record RadosSettings(
    String pool,
    String prefix,
    String namespace,
    Optional<String> conf,
    Optional<String> id,
    Optional<String> keyring,
    Optional<String> monHost,
    Optional<String> key) {
  /** The URI scheme of RADOS storage. */
  public static final String SCHEME = "rados";

  private static final Set<String> KNOWN_PARAMETERS =
      Set.of("conf", "id", "keyring", "mon-host", "key", "namespace");

  /** Reads the settings of a {@code rados} config, rejecting unknown parameters. */
  public static RadosSettings from(StorageConfig config) {
    if (!config.scheme().equals(SCHEME)) {
      throw new IllegalArgumentException("not a rados config: scheme " + config.scheme());
    }
    for (String name : config.parameters().keySet()) {
      if (!KNOWN_PARAMETERS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown rados parameter '"
                + name
                + "' (known: conf, id, keyring, mon-host, key, namespace)");
      }
    }
    String pool =
        config
            .bucket()
            .orElseThrow(
                () -> new IllegalArgumentException("a rados URI names its pool: rados://POOL/..."));
    return new RadosSettings(
        pool,
        config.prefix().orElse(""),
        config.parameter("namespace").orElse(""),
        config.parameter("conf"),
        config.parameter("id"),
        config.parameter("keyring"),
        config.parameter("mon-host"),
        config.parameter("key"));
  }

  @Override
  public String toString() {
    return "RadosSettings[pool="
        + pool
        + ", prefix="
        + prefix
        + ", namespace="
        + namespace
        + ", conf="
        + conf.orElse("")
        + ", id="
        + id.orElse("")
        + ", keyring="
        + keyring.orElse("")
        + ", monHost="
        + monHost.orElse("")
        + ", key="
        + (key.isPresent() ? SecretParameters.MASK : "")
        + "]";
  }
}
