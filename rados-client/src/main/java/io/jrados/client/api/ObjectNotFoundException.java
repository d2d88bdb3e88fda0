package io.jrados.client.api;

/** The object does not exist (ENOENT). */
public class ObjectNotFoundException extends ObjectOperationException {
  private static final long serialVersionUID = 1L;

  public ObjectNotFoundException(
      String message, int errno, String pool, String namespace, String objectName) {
    super(message, errno, pool, namespace, objectName);
  }
}
