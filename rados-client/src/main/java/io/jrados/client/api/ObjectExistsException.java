package io.jrados.client.api;

/** An exclusive create found the object already there (EEXIST). */
public class ObjectExistsException extends ObjectOperationException {
  private static final long serialVersionUID = 1L;

  public ObjectExistsException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, pool, namespace, objectName);
  }
}
