package io.jrados.client.api;

import io.jrados.client.internal.config.ClientOptionsLoader;
import io.jrados.client.internal.config.OptionNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a client connects: which cluster and entity, where its monitors, conf file and secret are,
 * its timeouts and connection modes. Immutable; build one with {@link #builder()}, or read one the
 * way Ceph's tools do with {@link #fromArgs}.
 *
 * <p>Defaults are librados's (Ceph 16): cluster {@code ceph}, entity {@code client.admin}, the
 * keyring search list {@code /etc/ceph/$cluster.$name.keyring, /etc/ceph/$cluster.keyring,
 * /etc/ceph/keyring, /etc/ceph/keyring.bin} (expanded), connect timeout 300 s ({@code
 * client_mount_timeout}), no mon or OSD op timeout ({@code 0}), {@code ms_client_mode = crc
 * secure}, {@code ms_mon_client_mode = secure crc}, mon hunting every 3 s, pings every 10 s with a
 * 30 s timeout, and 3 monitors hunted at once; OSD connections send keepalives every 5 s ({@code
 * objecter_tick_interval}) and are replaced after 30 s without an answer.
 *
 * <p>{@link #toString()} never shows the key; only whether one is set.
 */
public final class ClientOptions {
  private final String cluster;
  private final String entityName;
  private final Optional<Path> confFile;
  private final Optional<MonHosts> monHosts;
  private final List<Path> keyringPaths;
  private final Optional<String> key;
  private final Optional<Path> keyFile;
  private final Duration connectTimeout;
  private final Duration monOpTimeout;
  private final Duration osdOpTimeout;
  private final List<ConnectionMode> clientModes;
  private final List<ConnectionMode> monClientModes;
  private final Duration monHuntInterval;
  private final Duration monPingInterval;
  private final Duration monPingTimeout;
  private final Duration osdKeepaliveInterval;
  private final Duration osdKeepaliveTimeout;
  private final int monHuntParallel;
  private final Map<String, String> otherOptions;

  private ClientOptions(ClientOptionsBuilder b, List<Path> keyringPaths) {
    this.cluster = b.cluster;
    this.entityName = b.entityName;
    this.confFile = Optional.ofNullable(b.confFile);
    this.monHosts = Optional.ofNullable(b.monHosts);
    this.keyringPaths = List.copyOf(keyringPaths);
    this.key = Optional.ofNullable(b.key);
    this.keyFile = Optional.ofNullable(b.keyFile);
    this.connectTimeout = b.connectTimeout;
    this.monOpTimeout = b.monOpTimeout;
    this.osdOpTimeout = b.osdOpTimeout;
    this.clientModes = List.copyOf(b.clientModes);
    this.monClientModes = List.copyOf(b.monClientModes);
    this.monHuntInterval = b.monHuntInterval;
    this.monPingInterval = b.monPingInterval;
    this.monPingTimeout = b.monPingTimeout;
    this.osdKeepaliveInterval = b.osdKeepaliveInterval;
    this.osdKeepaliveTimeout = b.osdKeepaliveTimeout;
    this.monHuntParallel = b.monHuntParallel;
    this.otherOptions = Map.copyOf(b.otherOptions);
  }

  /** Called by {@link ClientOptionsBuilder#build()} once it has checked everything. */
  static ClientOptions create(ClientOptionsBuilder checked, List<Path> keyringPaths) {
    return new ClientOptions(checked, keyringPaths);
  }

  /** A builder holding librados's defaults. */
  public static ClientOptionsBuilder builder() {
    return new ClientOptionsBuilder();
  }

  /** A builder starting from these options. */
  public ClientOptionsBuilder toBuilder() {
    return new ClientOptionsBuilder(this);
  }

  /**
   * Reads options as Ceph's command-line tools do: {@code -c/--conf}, {@code --cluster}, {@code
   * --id/--user}, {@code -n/--name}, {@code -m}, {@code -k/--keyring}, {@code -K/--keyfile}, {@code
   * --key}, {@code --connect-timeout} and {@code --<option> value} or {@code --<option>=value} for
   * the options this client knows, from the command line and from {@code CEPH_ARGS} in {@code env};
   * then the conf file ({@code -c}, else {@code CEPH_CONF}, else the first of {@code
   * /etc/ceph/$cluster.conf}, {@code ~/.ceph/$cluster.conf}, {@code ./$cluster.conf}). The command
   * line beats {@code CEPH_ARGS} (and {@code CEPH_KEYRING}), which beat the conf file, which beats
   * the defaults.
   *
   * @param args the program's arguments
   * @param env the environment, usually {@link System#getenv()}
   * @throws ClientConfigException if any of it is malformed
   */
  public static ParsedClientArgs fromArgs(String[] args, Map<String, String> env) {
    return ClientOptionsLoader.forThisProcess(env).load(List.of(args));
  }

  /** The cluster name, which {@code $cluster} expands to. */
  public String cluster() {
    return cluster;
  }

  /** The entity to authenticate as, {@code TYPE.ID}: {@code client.admin}. */
  public String entityName() {
    return entityName;
  }

  /** The ID part of the entity name: {@code admin}. */
  public String entityId() {
    return entityName.substring(entityName.indexOf('.') + 1);
  }

  /** The conf file these options were read from, if any. */
  public Optional<Path> confFile() {
    return confFile;
  }

  /** The initial monitors; empty when no {@code mon host} was configured. */
  public Optional<MonHosts> monHosts() {
    return monHosts;
  }

  /** The keyring files to try, in order; the first that exists is used. */
  public List<Path> keyringPaths() {
    return keyringPaths;
  }

  /** The secret given directly (base64), which takes precedence over key files and keyrings. */
  public Optional<String> key() {
    return key;
  }

  /** A file holding only the base64 secret, used when no key is given directly. */
  public Optional<Path> keyFile() {
    return keyFile;
  }

  /** How long connecting and authenticating may take ({@code client_mount_timeout}). */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The deadline of a mon command ({@code rados_mon_op_timeout}); zero means none. */
  public Duration monOpTimeout() {
    return monOpTimeout;
  }

  /** The deadline of an OSD op ({@code rados_osd_op_timeout}); zero means none. */
  public Duration osdOpTimeout() {
    return osdOpTimeout;
  }

  /** Connection modes offered to OSDs and other daemons, preferred first. */
  public List<ConnectionMode> clientModes() {
    return clientModes;
  }

  /** Connection modes offered to monitors, preferred first. */
  public List<ConnectionMode> monClientModes() {
    return monClientModes;
  }

  /** How long to wait for a monitor before trying others ({@code mon_client_hunt_interval}). */
  public Duration monHuntInterval() {
    return monHuntInterval;
  }

  /** How often to ping the monitor ({@code mon_client_ping_interval}). */
  public Duration monPingInterval() {
    return monPingInterval;
  }

  /** How long a monitor may stay silent before the session is dropped; zero: never. */
  public Duration monPingTimeout() {
    return monPingTimeout;
  }

  /** How often each OSD connection sends a keepalive ({@code objecter_tick_interval}). */
  public Duration osdKeepaliveInterval() {
    return osdKeepaliveInterval;
  }

  /** How long an OSD may stay silent before its connection is replaced; zero: never. */
  public Duration osdKeepaliveTimeout() {
    return osdKeepaliveTimeout;
  }

  /** How many monitors are tried at once while hunting ({@code mon_client_hunt_parallel}). */
  public int monHuntParallel() {
    return monHuntParallel;
  }

  /** Every other option that was set, by normalised name, values expanded. */
  public Map<String, String> otherOptions() {
    return otherOptions;
  }

  /** The value of another option, by conf-file or normalised name. */
  public Optional<String> otherOption(String name) {
    return Optional.ofNullable(otherOptions.get(OptionNames.normalizeConfKey(name)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClientOptions other
        && cluster.equals(other.cluster)
        && entityName.equals(other.entityName)
        && confFile.equals(other.confFile)
        && monHosts.equals(other.monHosts)
        && keyringPaths.equals(other.keyringPaths)
        && key.equals(other.key)
        && keyFile.equals(other.keyFile)
        && connectTimeout.equals(other.connectTimeout)
        && monOpTimeout.equals(other.monOpTimeout)
        && osdOpTimeout.equals(other.osdOpTimeout)
        && clientModes.equals(other.clientModes)
        && monClientModes.equals(other.monClientModes)
        && monHuntInterval.equals(other.monHuntInterval)
        && monPingInterval.equals(other.monPingInterval)
        && monPingTimeout.equals(other.monPingTimeout)
        && osdKeepaliveInterval.equals(other.osdKeepaliveInterval)
        && osdKeepaliveTimeout.equals(other.osdKeepaliveTimeout)
        && monHuntParallel == other.monHuntParallel
        && otherOptions.equals(other.otherOptions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cluster, entityName, monHosts, keyringPaths, key, connectTimeout);
  }

  /** Everything but secrets: the key shows as set or not, other options by name only. */
  @Override
  public String toString() {
    return "ClientOptions{cluster="
        + cluster
        + ", entity="
        + entityName
        + ", confFile="
        + confFile.map(Path::toString).orElse("none")
        + ", monHosts="
        + monHosts.map(MonHosts::toString).orElse("none")
        + ", keyring="
        + keyringPaths
        + ", key="
        + (key.isPresent() ? "(set)" : "none")
        + ", keyFile="
        + keyFile.map(Path::toString).orElse("none")
        + ", connectTimeout="
        + connectTimeout
        + ", monOpTimeout="
        + monOpTimeout
        + ", osdOpTimeout="
        + osdOpTimeout
        + ", clientModes="
        + clientModes
        + ", monClientModes="
        + monClientModes
        + ", monHunt="
        + monHuntInterval
        + "x"
        + monHuntParallel
        + ", monPing="
        + monPingInterval
        + "/"
        + monPingTimeout
        + ", osdKeepalive="
        + osdKeepaliveInterval
        + "/"
        + osdKeepaliveTimeout
        + ", otherOptions="
        + new TreeMap<>(otherOptions).keySet()
        + "}";
  }

  /** Checks a base64 secret without ever putting it in the message. */
  static void checkKey(String key) {
    try {
      if (Base64.getDecoder().decode(key.trim()).length == 0) {
        throw new ClientConfigException("option key: empty");
      }
    } catch (IllegalArgumentException e) {
      // The decoder's message quotes the offending character; it must not reach the user.
      throw new ClientConfigException("option key: not valid base64");
    }
  }
}
