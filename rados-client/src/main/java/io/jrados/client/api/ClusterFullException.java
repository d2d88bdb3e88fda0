package io.jrados.client.api;

/** The cluster, the pool or the pool's quota is full, so the write was refused (ENOSPC, EDQUOT). */
public class ClusterFullException extends ObjectOperationException {
  private static final long serialVersionUID = 1L;

  public ClusterFullException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, pool, namespace, objectName);
  }
}
