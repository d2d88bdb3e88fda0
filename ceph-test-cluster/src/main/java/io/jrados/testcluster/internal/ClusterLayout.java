package io.jrados.testcluster.internal;

import io.jrados.testcluster.DaemonId;
import java.nio.file.Path;

/**
 * Where a cluster's files are. Everything sits under one directory, except the run directory (pid
 * files, admin sockets), which moves to a short path when the directory's own path would make a
 * unix socket path longer than the kernel allows.
 */
public record ClusterLayout(Path dir, Path runDir) {

  /** sun_path holds 108 bytes; "/mon.a.asok" and the NUL need room too. */
  static final int MAX_RUN_DIR_LENGTH = 90;

  public Path conf() {
    return dir.resolve("ceph.conf");
  }

  public Path adminKeyring() {
    return dir.resolve("keyring");
  }

  public Path monmap() {
    return dir.resolve("monmap");
  }

  public Path state() {
    return dir.resolve("cluster.json");
  }

  public Path logDir() {
    return dir.resolve("log");
  }

  public Path dataOf(DaemonId d) {
    return dir.resolve(d.toString());
  }

  public Path keyringOf(DaemonId d) {
    return dataOf(d).resolve("keyring");
  }

  public Path pidFile(DaemonId d) {
    return runDir.resolve(d + ".pid");
  }

  public Path logOf(DaemonId d) {
    return logDir().resolve(d + ".log");
  }
}
