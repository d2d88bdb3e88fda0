package io.jrados.testcluster.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jrados.testcluster.Backend;
import io.jrados.testcluster.CephCluster;
import io.jrados.testcluster.CephClusterSpec;
import io.jrados.testcluster.CephTestClusterException;
import io.jrados.testcluster.CommandResult;
import io.jrados.testcluster.DaemonId;
import io.jrados.testcluster.DaemonStartException;
import io.jrados.testcluster.DaemonType;
import io.jrados.testcluster.MonAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cluster whose daemons run on a {@link DaemonHost}. Holds what the bootstrap made and does the
 * control operations; the waits live in {@link ClusterWaits}, the start in {@link Bootstrap}.
 */
public final class ManagedCephCluster implements CephCluster {
  static final Duration CLI_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final Duration KILL_GRACE = Duration.ofSeconds(10);
  private static final Duration PID_WAIT = Duration.ofSeconds(30);

  private final ObjectMapper json = new ObjectMapper();
  private final CephClusterSpec spec;
  private final Backend backend;
  private final DaemonHost host;
  private final ClusterLayout layout;
  private final String fsid;
  private final List<MonAddress> mons;
  private final List<DaemonId> daemons;
  private final boolean ownsDir;
  private final ClusterWaits waits;
  private Duration startupTime = Duration.ZERO;
  private boolean failed;
  private boolean closed;

  ManagedCephCluster(
      CephClusterSpec spec,
      Backend backend,
      DaemonHost host,
      ClusterLayout layout,
      String fsid,
      List<MonAddress> mons,
      List<DaemonId> daemons,
      boolean ownsDir) {
    this.spec = spec;
    this.backend = backend;
    this.host = host;
    this.layout = layout;
    this.fsid = fsid;
    this.mons = List.copyOf(mons);
    this.daemons = List.copyOf(daemons);
    this.ownsDir = ownsDir;
    this.waits = new ClusterWaits(this);
    LiveClusters.add(this);
  }

  ClusterLayout layout() {
    return layout;
  }

  DaemonHost host() {
    return host;
  }

  void startupTime(Duration d) {
    this.startupTime = d;
  }

  @Override
  public CephClusterSpec spec() {
    return spec;
  }

  @Override
  public Backend backend() {
    return backend;
  }

  @Override
  public String fsid() {
    return fsid;
  }

  @Override
  public List<MonAddress> monAddresses() {
    return mons;
  }

  @Override
  public List<String> monHosts() {
    List<String> all = new ArrayList<>();
    mons.forEach(m -> all.addAll(m.addresses()));
    return all;
  }

  @Override
  public Path confPath() {
    return layout.conf();
  }

  @Override
  public Path adminKeyringPath() {
    return layout.adminKeyring();
  }

  @Override
  public String adminKey() {
    String key = CephxKeys.read(layout.adminKeyring()).get("client.admin");
    if (key == null) {
      throw new CephTestClusterException("no client.admin in " + layout.adminKeyring());
    }
    return key;
  }

  @Override
  public Path dataDir() {
    return layout.dir();
  }

  @Override
  public Path logDir() {
    return layout.logDir();
  }

  @Override
  public List<DaemonId> daemons() {
    return daemons;
  }

  @Override
  public Duration startupTime() {
    return startupTime;
  }

  @Override
  public CommandResult ceph(String... args) {
    return cli("ceph", List.of("--connect-timeout", "15"), args);
  }

  @Override
  public JsonNode cephJson(String... args) {
    String[] withFormat = new String[args.length + 2];
    System.arraycopy(args, 0, withFormat, 0, args.length);
    withFormat[args.length] = "-f";
    withFormat[args.length + 1] = "json";
    CommandResult r = ceph(withFormat).requireOk();
    try {
      return json.readTree(r.stdout());
    } catch (IOException e) {
      throw new CephTestClusterException(
          "`ceph " + String.join(" ", args) + "` printed no JSON: " + r.stdout().strip(), e);
    }
  }

  @Override
  public CommandResult rados(String... args) {
    return cli("rados", List.of(), args);
  }

  private CommandResult cli(String tool, List<String> toolFlags, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(tool);
    argv.add("-c");
    argv.add(layout.conf().toString());
    argv.addAll(toolFlags);
    argv.addAll(List.of(args));
    return host.run(argv, CLI_TIMEOUT);
  }

  // ---- daemon control ----------------------------------------------------------------------

  @Override
  public synchronized void stop(DaemonId d) {
    requireKnown(d);
    Optional<Long> pid = livePid(d);
    if (pid.isEmpty()) {
      return;
    }
    host.signal(pid.get(), false);
    if (!waits.processGone(pid.get(), STOP_GRACE)) {
      host.signal(pid.get(), true);
      if (!waits.processGone(pid.get(), KILL_GRACE)) {
        throw new CephTestClusterException(d + " (pid " + pid.get() + ") survived SIGKILL");
      }
    }
  }

  @Override
  public synchronized void kill(DaemonId d) {
    requireKnown(d);
    Optional<Long> pid = livePid(d);
    if (pid.isEmpty()) {
      return;
    }
    host.signal(pid.get(), true);
    if (!waits.processGone(pid.get(), KILL_GRACE)) {
      throw new CephTestClusterException(d + " (pid " + pid.get() + ") survived SIGKILL");
    }
  }

  @Override
  public synchronized void start(DaemonId d) {
    requireKnown(d);
    if (livePid(d).isPresent()) {
      throw new CephTestClusterException(d + " is already running");
    }
    launch(d);
  }

  /** Starts a daemon's process and waits until its pid file names a live process. */
  void launch(DaemonId d) {
    try {
      java.nio.file.Files.deleteIfExists(layout.pidFile(d));
    } catch (IOException e) {
      throw new CephTestClusterException("cannot remove stale pid file of " + d + ": " + e, e);
    }
    List<String> argv = List.of(d.type().binary(), "-c", layout.conf().toString(), "-i", d.id());
    CommandResult r = host.run(argv, CLI_TIMEOUT);
    if (!r.ok()) {
      throw new DaemonStartException(
          d,
          "`"
              + String.join(" ", argv)
              + "` exited with "
              + r.exitCode()
              + ": "
              + r.stderr().strip(),
          logTail(d));
    }
    if (!waits.pidAppears(d, PID_WAIT)) {
      throw new DaemonStartException(
          d, "no live process " + PID_WAIT.toSeconds() + " s after launch", logTail(d));
    }
  }

  @Override
  public boolean isRunning(DaemonId d) {
    return livePid(d).isPresent();
  }

  @Override
  public long pid(DaemonId d) {
    return livePid(d).orElseThrow(() -> new CephTestClusterException(d + " is not running"));
  }

  /** The pid in the daemon's pid file, if that process is alive and is still this daemon. */
  Optional<Long> livePid(DaemonId d) {
    Optional<Long> pid = PidFiles.read(layout.pidFile(d));
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    // A pid file can outlive its process (SIGKILL) and the pid can be reused; only signal a
    // process whose command line names this daemon's binary and this cluster's conf.
    Optional<String> cmd = host.commandLine(pid.get());
    boolean ours =
        cmd.isPresent()
            && cmd.get().contains(d.type().binary())
            && cmd.get().contains(layout.conf().toString());
    return ours ? pid : Optional.empty();
  }

  /** The last lines of a daemon's log, for error messages. */
  String logTail(DaemonId d) {
    return LogTail.of(layout.logOf(d), 25);
  }

  @Override
  public void markOsdDown(int osd) {
    ceph("osd", "down", Integer.toString(osd)).requireOk();
  }

  @Override
  public void markOsdOut(int osd) {
    ceph("osd", "out", Integer.toString(osd)).requireOk();
  }

  @Override
  public void markOsdIn(int osd) {
    ceph("osd", "in", Integer.toString(osd)).requireOk();
  }

  // ---- waits and pools ---------------------------------------------------------------------

  @Override
  public List<String> waitForQuorum(int size, Duration timeout) {
    return waits.quorum(size, timeout);
  }

  @Override
  public void waitForOsdsUp(int count, Duration timeout) {
    waits.osdsUp(count, timeout);
  }

  @Override
  public void waitForHealthOk(Duration timeout) {
    waits.healthOk(timeout);
  }

  @Override
  public void waitForActiveClean(Duration timeout) {
    requireMgr("PG states");
    waits.activeClean(timeout);
  }

  @Override
  public void createPool(String name, int pgNum) {
    String pg = Integer.toString(pgNum);
    ceph("osd", "pool", "create", name, pg, pg, "replicated").requireOk();
    ceph("osd", "pool", "application", "enable", name, "rados", "--yes-i-really-mean-it")
        .requireOk();
    if (spec.mgr()) {
      waits.activeClean(spec.readyTimeout());
    }
  }

  @Override
  public void deletePool(String name) {
    ceph("osd", "pool", "delete", name, name, "--yes-i-really-really-mean-it").requireOk();
  }

  private void requireMgr(String what) {
    if (!spec.mgr()) {
      throw new CephTestClusterException(
          what + " come from the mgr, and this cluster has none; start it with mgr(true)");
    }
  }

  private void requireKnown(DaemonId d) {
    if (!daemons.contains(d)) {
      throw new IllegalArgumentException(d + " is not part of this cluster; it has " + daemons);
    }
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  @Override
  public synchronized void markFailed() {
    failed = true;
  }

  @Override
  public synchronized void detach() {
    LiveClusters.remove(this);
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    LiveClusters.remove(this);
    try {
      stopAll();
    } finally {
      host.close();
      Scratch.cleanUp(layout, ownsDir, failed);
    }
  }

  /** SIGTERM to every daemon at once, then SIGKILL to any still there after the grace period. */
  private void stopAll() {
    List<Long> pids = new ArrayList<>();
    for (DaemonId d : daemons) {
      livePid(d).ifPresent(pids::add);
    }
    pids.forEach(p -> host.signal(p, false));
    List<Long> left = waits.processesGone(pids, STOP_GRACE);
    left.forEach(p -> host.signal(p, true));
    List<Long> stubborn = waits.processesGone(left, KILL_GRACE);
    if (!stubborn.isEmpty()) {
      throw new CephTestClusterException("daemons survived SIGKILL: pids " + stubborn);
    }
  }

  /** This cluster's daemons of one type, in start order. */
  List<DaemonId> daemonsOfType(DaemonType type) {
    return daemons.stream().filter(d -> d.type() == type).toList();
  }

  @Override
  public String toString() {
    return "CephCluster[" + spec.describe() + ", fsid " + fsid + ", " + layout.dir() + "]";
  }
}
