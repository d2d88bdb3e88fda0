package io.jrados.client.internal.config;

import io.jrados.client.api.ClientOptions;
import io.jrados.client.api.ClientOptionsBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every source of configuration, once the cluster, entity and conf file are known: answers what
 * value an option has and where it came from, with Ceph's precedence (command line, then {@code
 * CEPH_ARGS} and {@code CEPH_KEYRING}, then the entity's conf sections, then the default).
 */
public final class ResolvedConfig {
  private final String cluster;
  private final String entityName;
  private final Optional<CephConfFile> conf;
  private final Map<String, String> commandLine;
  private final Map<String, String> environment;
  private final List<String> remaining;
  private final MetaVariables meta;

  ResolvedConfig(
      String cluster,
      String entityName,
      Optional<CephConfFile> conf,
      Map<String, String> commandLine,
      Map<String, String> environment,
      List<String> remaining,
      Supplier<String> shortHostName,
      long pid,
      String home) {
    this.cluster = cluster;
    this.entityName = entityName;
    this.conf = conf;
    this.commandLine = Map.copyOf(commandLine);
    this.environment = Map.copyOf(environment);
    this.remaining = List.copyOf(remaining);
    this.meta =
        new MetaVariables(
            cluster,
            entityName,
            shortHostName,
            pid,
            home,
            name -> KnownOptions.isKnown(name) ? rawValue(name) : Optional.empty());
  }

  public String cluster() {
    return cluster;
  }

  public String entityName() {
    return entityName;
  }

  public Optional<CephConfFile> conf() {
    return conf;
  }

  /** The arguments that were not configuration, in Ceph's order. */
  public List<String> remaining() {
    return remaining;
  }

  /** The effective value of an option before metavariable expansion. */
  public Optional<String> rawValue(String option) {
    String name = OptionNames.normalizeConfKey(option);
    if (commandLine.containsKey(name)) {
      return Optional.of(commandLine.get(name));
    }
    if (environment.containsKey(name)) {
      return Optional.of(environment.get(name));
    }
    Optional<String> fromConf = conf.flatMap(c -> c.lookup(searchOrder(), name));
    return fromConf.isPresent() ? fromConf : KnownOptions.defaultValue(name);
  }

  /** The effective value of an option, metavariables expanded. */
  public Optional<String> value(String option) {
    return rawValue(option).map(meta::expand);
  }

  /** Expands metavariables in any text against this configuration. */
  public String expand(String raw) {
    return meta.expand(raw);
  }

  /**
   * What {@code ceph-conf --lookup} prints: the option from the entity's conf sections only, with
   * metavariables expanded against the full configuration.
   */
  public Optional<String> lookupInConf(String option) {
    return conf.flatMap(c -> c.lookup(searchOrder(), option)).map(meta::expand);
  }

  private List<String> searchOrder() {
    return CephConfFile.searchOrder(entityName);
  }

  /** Where an option's value comes from, for error messages. */
  String sourceOf(String option) {
    if (commandLine.containsKey(option)) {
      return "command line";
    }
    if (environment.containsKey(option)) {
      return "environment";
    }
    if (conf.isPresent()) {
      for (String section : searchOrder()) {
        if (conf.get().get(section, option).isPresent()) {
          return conf.get().source() + " [" + section + "]";
        }
      }
    }
    return "default";
  }

  /** The client options this configuration amounts to. */
  public ClientOptions toOptions() {
    ClientOptionsBuilder b = ClientOptions.builder().cluster(cluster).entityName(entityName);
    conf.ifPresent(c -> b.confFile(Path.of(c.source())));
    nonEmpty("mon_host").ifPresent(b::monHosts);
    b.keyringPaths(
        OptionValues.splitList(value("keyring").orElse("")).stream().map(Path::of).toList());
    nonEmpty("key").ifPresent(b::key);
    nonEmpty("keyfile").map(Path::of).ifPresent(b::keyFile);
    b.connectTimeout(OptionValues.seconds(named("client_mount_timeout")));
    b.monOpTimeout(OptionValues.seconds(named("rados_mon_op_timeout")));
    b.osdOpTimeout(OptionValues.seconds(named("rados_osd_op_timeout")));
    b.clientModes(OptionValues.modes(named("ms_client_mode")));
    b.monClientModes(OptionValues.modes(named("ms_mon_client_mode")));
    b.monHuntInterval(OptionValues.fractionalSeconds(named("mon_client_hunt_interval")));
    b.monPingInterval(OptionValues.fractionalSeconds(named("mon_client_ping_interval")));
    b.monPingTimeout(OptionValues.fractionalSeconds(named("mon_client_ping_timeout")));
    b.monHuntParallel(OptionValues.positiveInt(named("mon_client_hunt_parallel")));
    b.osdKeepaliveInterval(OptionValues.fractionalSeconds(named("objecter_tick_interval")));
    for (String name : otherOptionNames()) {
      b.option(name, value(name).orElse(""));
    }
    return b.build();
  }

  private Optional<String> nonEmpty(String option) {
    return value(option).filter(v -> !v.isEmpty());
  }

  private OptionValues.Named named(String option) {
    return new OptionValues.Named(option, value(option).orElse(""), sourceOf(option));
  }

  /** Every option set anywhere for this entity that has no typed home in the options. */
  private TreeSet<String> otherOptionNames() {
    TreeSet<String> names = new TreeSet<>(commandLine.keySet());
    names.addAll(environment.keySet());
    conf.ifPresent(c -> searchOrder().forEach(s -> names.addAll(c.section(s).keySet())));
    names.removeIf(KnownOptions::isTyped);
    return names;
  }
}
