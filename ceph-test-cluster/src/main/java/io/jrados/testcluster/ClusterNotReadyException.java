package io.jrados.testcluster;

import java.time.Duration;

/** A wait on the cluster ran past its deadline; the message says what was still missing. */
public final class ClusterNotReadyException extends CephTestClusterException {
  private static final long serialVersionUID = 1L;

  public ClusterNotReadyException(String waitedFor, Duration timeout, String lastSeen) {
    super(
        "timed out after "
            + timeout.toSeconds()
            + " s waiting for "
            + waitedFor
            + "; last seen: "
            + lastSeen);
  }
}
