package io.jrados.client.api;

/**
 * The object or the write would exceed the cluster's size limits (EFBIG, E2BIG:
 * osd_max_object_size, osd_max_write_size).
 */
public class ObjectTooLargeException extends ObjectOperationException {
  private static final long serialVersionUID = 1L;

  public ObjectTooLargeException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, pool, namespace, objectName);
  }
}
