package io.jrados.testcluster;

/** Root of every failure the test cluster reports; its message says what to do about it. */
public class CephTestClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CephTestClusterException(String message) {
    super(message);
  }

  public CephTestClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
