package io.jrados.client.api;

/** The client's caps do not allow this operation on this pool or namespace (EACCES, EPERM). */
public class PermissionDeniedException extends ObjectOperationException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, pool, namespace, objectName);
  }
}
