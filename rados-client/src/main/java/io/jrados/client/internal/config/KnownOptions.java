package io.jrados.client.internal.config;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Ceph options this client knows by name, with their Pacific defaults for a client (from {@code
 * src/common/options.cc}, and {@code ceph-conf --show-config-value} on 16.2.15).
 *
 * <p>Ceph knows some two thousand options; a client needs these. Knowing a name matters twice: a
 * {@code --name value} command-line argument is consumed as configuration only for a known name
 * (the rest is left to the program), and {@code $name} in a value expands only for a known name.
 * Every {@code debug_*} option is known too, without a default.
 */
public final class KnownOptions {
  private static final Map<String, String> DEFAULTS =
      Map.ofEntries(
          Map.entry("mon_host", ""),
          Map.entry(
              "keyring",
              "/etc/ceph/$cluster.$name.keyring,/etc/ceph/$cluster.keyring,"
                  + "/etc/ceph/keyring,/etc/ceph/keyring.bin,"),
          Map.entry("key", ""),
          Map.entry("keyfile", ""),
          Map.entry("client_mount_timeout", "300"),
          Map.entry("rados_mon_op_timeout", "0"),
          Map.entry("rados_osd_op_timeout", "0"),
          Map.entry("ms_client_mode", "crc secure"),
          Map.entry("ms_mon_client_mode", "secure crc"),
          Map.entry("mon_client_hunt_interval", "3"),
          Map.entry("mon_client_ping_interval", "10"),
          Map.entry("mon_client_ping_timeout", "30"),
          Map.entry("mon_client_hunt_parallel", "3"),
          Map.entry("objecter_tick_interval", "5"),
          Map.entry("mon_dns_srv_name", "ceph-mon"),
          Map.entry("auth_client_required", "cephx, none"),
          Map.entry("ms_bind_ipv6", "false"),
          Map.entry("fsid", "00000000-0000-0000-0000-000000000000"),
          Map.entry("host", ""),
          Map.entry("run_dir", "/var/run/ceph"),
          Map.entry("admin_socket", ""),
          Map.entry("log_file", ""),
          Map.entry("pid_file", ""),
          Map.entry("crash_dir", "/var/lib/ceph/crash"));

  /** Options that take no value on the command line: {@code --x}, {@code --no-x}, {@code --x=0}. */
  private static final Set<String> BOOLEANS = Set.of("ms_bind_ipv6");

  /** Options that {@code ClientOptions} holds in typed fields rather than among the others. */
  private static final Set<String> TYPED =
      Set.of(
          "key",
          "keyfile",
          "keyring",
          "mon_host",
          "client_mount_timeout",
          "rados_mon_op_timeout",
          "rados_osd_op_timeout",
          "ms_client_mode",
          "ms_mon_client_mode",
          "mon_client_hunt_interval",
          "mon_client_ping_interval",
          "mon_client_ping_timeout",
          "mon_client_hunt_parallel",
          "objecter_tick_interval");

  private KnownOptions() {}

  /** Whether {@code ClientOptions} has a typed field for this option. */
  public static boolean isTyped(String name) {
    return TYPED.contains(name);
  }

  /** Whether the client knows this (normalised) option name. */
  public static boolean isKnown(String name) {
    return DEFAULTS.containsKey(name) || (name.startsWith("debug_") && name.length() > 6);
  }

  /** Whether the option is a boolean flag on the command line. */
  public static boolean isBoolean(String name) {
    return BOOLEANS.contains(name);
  }

  /** The built-in default, unexpanded; empty for unknown options and {@code debug_*}. */
  public static Optional<String> defaultValue(String name) {
    return Optional.ofNullable(DEFAULTS.get(name));
  }
}
