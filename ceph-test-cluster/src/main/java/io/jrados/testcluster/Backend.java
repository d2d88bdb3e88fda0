package io.jrados.testcluster;

/** Where the daemons run. */
public enum Backend {
  /** Native when the Ceph binaries are installed, else a container when Docker is reachable. */
  AUTO,
  /** The host's own Ceph packages, daemons as plain processes. */
  NATIVE,
  /** A Ceph container image run through Testcontainers (host network, Linux only). */
  CONTAINER
}
