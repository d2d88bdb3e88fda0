package io.jrados.testcluster.internal;

import io.jrados.testcluster.CommandResult;
import java.time.Duration;
import java.util.List;

/**
 * Where Ceph's binaries run: this machine, or a container that sees the cluster's directory at the
 * same path. The bootstrap and every control operation go through this, so both backends share one
 * sequence.
 */
public interface DaemonHost extends AutoCloseable {

  /**
   * Runs a command to completion. Output goes to files, not pipes, because Ceph daemons fork and
   * the child would otherwise hold our pipe open after the parent exits.
   *
   * @throws io.jrados.testcluster.CephTestClusterException if it does not finish within timeout
   */
  CommandResult run(List<String> argv, Duration timeout);

  /** Sends SIGTERM (or SIGKILL when {@code kill}) to a process; a gone process is not an error. */
  void signal(long pid, boolean kill);

  /** Whether the process exists and is not a zombie. */
  boolean alive(long pid);

  /**
   * The process's command line, NUL separators turned to spaces; empty if there is no such live
   * process. Used to check that a pid from a pid file is still the daemon that wrote it before
   * signalling it.
   */
  java.util.Optional<String> commandLine(long pid);

  /** Human description for messages ("this machine", "container abc123"). */
  String describe();

  @Override
  void close();
}
