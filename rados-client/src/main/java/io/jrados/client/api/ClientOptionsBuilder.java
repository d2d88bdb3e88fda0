package io.jrados.client.api;

import io.jrados.client.internal.config.KnownOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds {@link ClientOptions}; starts from librados's defaults. Not thread-safe; {@link #build()}
 * checks everything and may be called more than once.
 */
public final class ClientOptionsBuilder {
  /** The entity types Ceph's {@code EntityName} accepts. */
  private static final Set<String> ENTITY_TYPES =
      Set.of("auth", "mon", "osd", "mds", "mgr", "client");

  String cluster = "ceph";
  String entityName = "client.admin";
  Path confFile;
  MonHosts monHosts;
  List<Path> keyringPaths;
  String key;
  Path keyFile;
  Duration connectTimeout = Duration.ofSeconds(300);
  Duration monOpTimeout = Duration.ZERO;
  Duration osdOpTimeout = Duration.ZERO;
  List<ConnectionMode> clientModes = List.of(ConnectionMode.CRC, ConnectionMode.SECURE);
  List<ConnectionMode> monClientModes = List.of(ConnectionMode.SECURE, ConnectionMode.CRC);
  Duration monHuntInterval = Duration.ofSeconds(3);
  Duration monPingInterval = Duration.ofSeconds(10);
  Duration monPingTimeout = Duration.ofSeconds(30);
  Duration osdKeepaliveInterval = Duration.ofSeconds(5);
  Duration osdKeepaliveTimeout = Duration.ofSeconds(30);
  int monHuntParallel = 3;
  final Map<String, String> otherOptions = new HashMap<>();

  ClientOptionsBuilder() {}

  ClientOptionsBuilder(ClientOptions o) {
    cluster = o.cluster();
    entityName = o.entityName();
    confFile = o.confFile().orElse(null);
    monHosts = o.monHosts().orElse(null);
    keyringPaths = o.keyringPaths();
    key = o.key().orElse(null);
    keyFile = o.keyFile().orElse(null);
    connectTimeout = o.connectTimeout();
    monOpTimeout = o.monOpTimeout();
    osdOpTimeout = o.osdOpTimeout();
    clientModes = o.clientModes();
    monClientModes = o.monClientModes();
    monHuntInterval = o.monHuntInterval();
    monPingInterval = o.monPingInterval();
    monPingTimeout = o.monPingTimeout();
    osdKeepaliveInterval = o.osdKeepaliveInterval();
    osdKeepaliveTimeout = o.osdKeepaliveTimeout();
    monHuntParallel = o.monHuntParallel();
    otherOptions.putAll(o.otherOptions());
  }

  public ClientOptionsBuilder cluster(String cluster) {
    this.cluster = Objects.requireNonNull(cluster, "cluster");
    return this;
  }

  /** The full entity name, {@code TYPE.ID}, such as {@code client.admin}. */
  public ClientOptionsBuilder entityName(String entityName) {
    this.entityName = Objects.requireNonNull(entityName, "entityName");
    return this;
  }

  /**
   * Sets the ID and keeps the type, as {@code --id} does: {@code admin} is {@code client.admin}.
   */
  public ClientOptionsBuilder entityId(String id) {
    Objects.requireNonNull(id, "id");
    int dot = entityName.indexOf('.');
    this.entityName = (dot < 0 ? "client" : entityName.substring(0, dot)) + "." + id;
    return this;
  }

  /**
   * Records which conf file the options came from; reading it is {@link ClientOptions#fromArgs}'s
   * job.
   */
  public ClientOptionsBuilder confFile(Path confFile) {
    this.confFile = confFile;
    return this;
  }

  public ClientOptionsBuilder monHosts(MonHosts monHosts) {
    this.monHosts = monHosts;
    return this;
  }

  /** Parses a {@code mon host} value now, resolving host names; see {@link MonHosts#parse}. */
  public ClientOptionsBuilder monHosts(String monHost) {
    this.monHosts = MonHosts.parse(monHost);
    return this;
  }

  /**
   * The keyring files to try, in order; when never set, Ceph's default list with {@code $cluster}
   * and {@code $name} expanded for this builder's cluster and entity.
   */
  public ClientOptionsBuilder keyringPaths(List<Path> keyringPaths) {
    this.keyringPaths = List.copyOf(keyringPaths);
    return this;
  }

  /** The base64 secret itself; checked to be base64 by {@link #build()}. */
  public ClientOptionsBuilder key(String key) {
    this.key = key;
    return this;
  }

  public ClientOptionsBuilder keyFile(Path keyFile) {
    this.keyFile = keyFile;
    return this;
  }

  public ClientOptionsBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
    return this;
  }

  /** Zero means no timeout, as in librados. */
  public ClientOptionsBuilder monOpTimeout(Duration timeout) {
    this.monOpTimeout = Objects.requireNonNull(timeout, "monOpTimeout");
    return this;
  }

  /** Zero means no timeout, as in librados. */
  public ClientOptionsBuilder osdOpTimeout(Duration timeout) {
    this.osdOpTimeout = Objects.requireNonNull(timeout, "osdOpTimeout");
    return this;
  }

  public ClientOptionsBuilder clientModes(List<ConnectionMode> modes) {
    this.clientModes = List.copyOf(modes);
    return this;
  }

  public ClientOptionsBuilder monClientModes(List<ConnectionMode> modes) {
    this.monClientModes = List.copyOf(modes);
    return this;
  }

  public ClientOptionsBuilder monHuntInterval(Duration interval) {
    this.monHuntInterval = Objects.requireNonNull(interval, "monHuntInterval");
    return this;
  }

  /** How often to ping the monitor ({@code mon_client_ping_interval}); must be positive. */
  public ClientOptionsBuilder monPingInterval(Duration interval) {
    this.monPingInterval = Objects.requireNonNull(interval, "monPingInterval");
    return this;
  }

  /**
   * How long the monitor may leave pings unanswered before the client hunts for another ({@code
   * mon_client_ping_timeout}); zero never gives up on a silent monitor, as in Ceph.
   */
  public ClientOptionsBuilder monPingTimeout(Duration timeout) {
    this.monPingTimeout = Objects.requireNonNull(timeout, "monPingTimeout");
    return this;
  }

  /**
   * How often each OSD connection sends a keepalive ({@code objecter_tick_interval}, the period at
   * which librados' objecter pings OSDs that owe it replies); must be positive.
   */
  public ClientOptionsBuilder osdKeepaliveInterval(Duration interval) {
    this.osdKeepaliveInterval = Objects.requireNonNull(interval, "osdKeepaliveInterval");
    return this;
  }

  /**
   * How long an OSD may leave keepalives unanswered before its connection is closed and its ops are
   * resent on a new one; zero keeps a silent connection open. Ceph has no option for this: librados
   * waits for TCP or the OSD map to notice a dead OSD.
   */
  public ClientOptionsBuilder osdKeepaliveTimeout(Duration timeout) {
    this.osdKeepaliveTimeout = Objects.requireNonNull(timeout, "osdKeepaliveTimeout");
    return this;
  }

  public ClientOptionsBuilder monHuntParallel(int count) {
    this.monHuntParallel = count;
    return this;
  }

  /**
   * Any other option, by normalised name ({@code log_file}); options with their own setter are
   * refused here, so that the same setting cannot have two values.
   */
  public ClientOptionsBuilder option(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (KnownOptions.isTyped(name)) {
      throw new ClientConfigException("option " + name + " has its own setter on the builder");
    }
    otherOptions.put(name, value);
    return this;
  }

  /**
   * Checks the options and returns them.
   *
   * @throws ClientConfigException if the entity name, key, a timeout or a mode list is invalid
   */
  public ClientOptions build() {
    int dot = entityName.indexOf('.');
    if (dot <= 0
        || dot == entityName.length() - 1
        || !ENTITY_TYPES.contains(entityName.substring(0, dot))) {
      throw new ClientConfigException(
          "entity name '"
              + entityName
              + "': expected TYPE.ID with TYPE one of "
              + String.join(", ", ENTITY_TYPES.stream().sorted().toList()));
    }
    if (cluster.isEmpty()) {
      throw new ClientConfigException("cluster name is empty");
    }
    if (key != null) {
      ClientOptions.checkKey(key);
    }
    for (Duration d :
        List.of(
            connectTimeout,
            monOpTimeout,
            osdOpTimeout,
            monHuntInterval,
            monPingInterval,
            monPingTimeout,
            osdKeepaliveInterval,
            osdKeepaliveTimeout)) {
      if (d.isNegative()) {
        throw new ClientConfigException("timeouts and intervals must not be negative: " + d);
      }
    }
    if (monPingInterval.isZero()) {
      throw new ClientConfigException("mon_client_ping_interval must be greater than zero");
    }
    if (osdKeepaliveInterval.isZero()) {
      throw new ClientConfigException(
          "the OSD keepalive interval (objecter_tick_interval) must be greater than zero");
    }
    if (clientModes.isEmpty() || monClientModes.isEmpty()) {
      throw new ClientConfigException("a connection mode list is empty");
    }
    if (monHuntParallel < 1) {
      throw new ClientConfigException("mon_client_hunt_parallel must be at least 1");
    }
    return ClientOptions.create(this, keyringPaths != null ? keyringPaths : defaultKeyringPaths());
  }

  private List<Path> defaultKeyringPaths() {
    return List.of(
        Path.of("/etc/ceph/" + cluster + "." + entityName + ".keyring"),
        Path.of("/etc/ceph/" + cluster + ".keyring"),
        Path.of("/etc/ceph/keyring"),
        Path.of("/etc/ceph/keyring.bin"));
  }
}
