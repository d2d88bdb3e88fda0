package io.jrados.testcluster;

/** A daemon did not start, or died right after; the message carries the tail of its log. */
public final class DaemonStartException extends CephTestClusterException {
  private static final long serialVersionUID = 1L;

  private final DaemonId daemon;

  public DaemonStartException(DaemonId daemon, String why, String logTail) {
    super(
        daemon
            + " failed to start: "
            + why
            + (logTail.isBlank() ? "" : "\n--- last lines of its log ---\n" + logTail));
    this.daemon = daemon;
  }

  public DaemonId daemon() {
    return daemon;
  }
}
