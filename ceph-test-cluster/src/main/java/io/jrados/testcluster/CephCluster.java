package io.jrados.testcluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A running, throwaway Ceph cluster of real daemons, with cephx on and everything on loopback.
 *
 * <p>Start one with {@link CephTestClusters#start(CephClusterSpec)}. {@link #close()} stops every
 * daemon it started (by pid) and deletes its files, unless {@link #markFailed()} asked to keep the
 * logs. A JVM shutdown hook does the same for clusters nobody closed.
 */
public interface CephCluster extends AutoCloseable {

  /** What this cluster was started from. */
  CephClusterSpec spec();

  /** Which backend runs the daemons. */
  Backend backend();

  String fsid();

  /** Each mon's addresses, in monmap order. */
  List<MonAddress> monAddresses();

  /** Every mon address in "v2:127.0.0.1:PORT" form (and v1 when enabled), mon by mon. */
  List<String> monHosts();

  /** The cluster's {@code ceph.conf}, usable by the {@code ceph} CLI and by clients. */
  Path confPath();

  /** The keyring holding {@code client.admin} (and {@code mon.}). */
  Path adminKeyringPath();

  /** The base64 cephx secret of {@code client.admin}. */
  String adminKey();

  /** The directory holding the cluster's config, data, pid files and logs. */
  Path dataDir();

  /** The directory where daemon logs go. */
  Path logDir();

  /** Every daemon this cluster has, started or not. */
  List<DaemonId> daemons();

  /** Runs the {@code ceph} CLI against this cluster; the result may be a failure. */
  CommandResult ceph(String... args);

  /** Runs {@code ceph ARGS -f json}, requires success, and parses what it printed. */
  JsonNode cephJson(String... args);

  /** Runs {@code rados} (librados' own tool) against this cluster. */
  CommandResult rados(String... args);

  /** SIGTERM, then wait (bounded) for the process to exit. */
  void stop(DaemonId daemon);

  /** SIGKILL, then wait (bounded) for the process to go. */
  void kill(DaemonId daemon);

  /** Starts a stopped or killed daemon again and waits for its process. */
  void start(DaemonId daemon);

  /** {@link #stop} then {@link #start}. */
  default void restart(DaemonId daemon) {
    stop(daemon);
    start(daemon);
  }

  /** Whether the daemon's process is alive. */
  boolean isRunning(DaemonId daemon);

  /** The pid of a running daemon, from its pid file. */
  long pid(DaemonId daemon);

  /** {@code ceph osd down ID}. */
  void markOsdDown(int osd);

  /** {@code ceph osd out ID}. */
  void markOsdOut(int osd);

  /** {@code ceph osd in ID}. */
  void markOsdIn(int osd);

  /** Waits until the quorum has exactly these many mons; returns the quorum's names. */
  List<String> waitForQuorum(int size, Duration timeout);

  /** Waits until this many OSDs are up. */
  void waitForOsdsUp(int count, Duration timeout);

  /** Waits until {@code ceph health} says HEALTH_OK. */
  void waitForHealthOk(Duration timeout);

  /** Waits until every PG is active+clean. */
  void waitForActiveClean(Duration timeout);

  /** Creates a replicated pool with this many PGs and waits until its PGs are active+clean. */
  void createPool(String name, int pgNum);

  /** Deletes a pool (the cluster allows pool deletion). */
  void deletePool(String name);

  /** Keep the logs at close and say where, because a test using this cluster failed. */
  void markFailed();

  /**
   * Leaves the daemons running when this JVM exits (for the launcher's {@code start}); a later
   * {@code stop --dir} or {@link CephTestClusters#attach} stops them.
   */
  void detach();

  /** How long the start took, until every daemon was ready. */
  Duration startupTime();

  /** Stops every daemon and removes the data (keeping logs if {@link #markFailed()} was called). */
  @Override
  void close();
}
